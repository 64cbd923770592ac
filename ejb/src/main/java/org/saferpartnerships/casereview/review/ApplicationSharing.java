package org.saferpartnerships.casereview.review;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.saferpartnerships.casereview.CaseReview;
import org.saferpartnerships.workflow.items.OpenRequest;
import org.saferpartnerships.workflow.items.WorkItemService;
import org.saferpartnerships.workflow.routing.TargetBody;

/**
 * Passes each application on to the relevant bodies of its area when it is received (ASBCPA 2014
 * s104(3)(b)): the police, the council and the health body each get it in their inbox as an item
 * for information, routed as any work for that body is. What they get is the application's
 * reference, when it was received, and the behaviour and where it happens: never the victim's or
 * applicant's contact details, which stay with the partnership's coordinator.
 */
@Stateless
@PermitAll
public class ApplicationSharing {

  /** The relevant bodies of s104(3)(b) an application is passed on to. */
  public static final List<TargetBody> BODIES =
      List.of(TargetBody.POLICE, TargetBody.COUNCIL, TargetBody.HEALTH);

  @EJB private WorkItemService workItems;

  /** Shares a case received by a coordinator (who sends the items) or from the public form. */
  public void share(CaseReview review, boolean fromThePublic) {
    for (TargetBody body : BODIES) {
      OpenRequest request =
          new OpenRequest(
              ApplicationSharedWorkflow.TYPE,
              review.getCsp().getGssCode(),
              "ASB case review application " + review.getReference() + ", for information",
              details(review),
              body,
              review.getPriority(),
              review.getReference());
      if (fromThePublic) {
        workItems.openForPublic(request);
      } else {
        workItems.open(request);
      }
    }
  }

  /** What a body is told: no names or contact details, only the case and its behaviour. */
  static String details(CaseReview review) {
    StringBuilder text =
        new StringBuilder("An application for an anti-social behaviour case review (")
            .append(review.getReference())
            .append(") was received on ")
            .append(DateTimeFormatter.ISO_LOCAL_DATE.format(review.getReceivedOn()))
            .append(". The partnership's coordinator holds the applicant's contact details.");
    if (review.getAsbDescription() != null) {
      text.append("\n\nThe behaviour: ").append(review.getAsbDescription());
    }
    if (review.getAsbLocation() != null) {
      text.append("\nWhere: ").append(review.getAsbLocation());
    }
    // an item's details hold 4,000 characters; a long description is cut, the case holds it whole
    return text.length() <= MAX_DETAILS
        ? text.toString()
        : text.substring(0, MAX_DETAILS - 1) + "\u2026";
  }

  private static final int MAX_DETAILS = 4000;
}
