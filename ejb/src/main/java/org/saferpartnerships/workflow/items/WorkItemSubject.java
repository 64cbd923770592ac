package org.saferpartnerships.workflow.items;

import java.io.Serializable;
import java.util.List;

/**
 * What a work item is about, as the context that opened it tells: a submission to review, a case
 * review, a meeting, a report request, a consultation's follow-up. {@code kind} names it in the
 * page's messages ({@code subject.<kind>}); {@code path} is its page within the application (as
 * "/submission/submission.xhtml?id=12"); {@code documents} are the file names it holds now. Not
 * {@code viewable}: the caller may act on the item but not open the thing itself, so it is named
 * only.
 */
public record WorkItemSubject(
    String kind, String label, String path, boolean viewable, List<String> documents)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  public WorkItemSubject {
    documents = List.copyOf(documents);
  }
}
