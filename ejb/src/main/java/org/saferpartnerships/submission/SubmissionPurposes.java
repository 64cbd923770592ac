package org.saferpartnerships.submission;

import org.saferpartnerships.partnership.registry.Area;

/**
 * What a submission may answer: an s9 grant (a monitoring return) or an s7 report request (a
 * reply). Both belong to the {@code accountability} context, which implements this, so that
 * submissions never read accountability's classes while accountability reads submissions.
 */
public interface SubmissionPurposes {

  /** Refuses ({@code submission.grantRequired}) unless the grant was made to this partnership. */
  void checkGrant(Long grantId, Area csp);

  /** Refuses unless the report request was asked of this partnership and is still open. */
  void checkOpenRequest(long requestId, Area csp);

  /** Who received the grant, for a submission's details; null if there is no such grant. */
  String grantRecipient(long grantId);
}
