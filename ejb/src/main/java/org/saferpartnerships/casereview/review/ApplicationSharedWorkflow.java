package org.saferpartnerships.casereview.review;

import jakarta.enterprise.context.ApplicationScoped;
import org.saferpartnerships.workflow.engine.Party;
import org.saferpartnerships.workflow.engine.RoutedWorkflow;

/**
 * An application for an ASB case review passed on to a relevant body for information, as the review
 * procedures must ensure every application is (ASBCPA 2014 s104(3)(b)): the body's holder
 * acknowledges that it has it. Nothing else is asked of the body at this stage; what the review
 * needs from it later comes as an information request or a recommendation.
 */
@ApplicationScoped
public class ApplicationSharedWorkflow extends RoutedWorkflow {

  public static final String TYPE = "CASE_APPLICATION_SHARED";
  public static final String ACKNOWLEDGED = "ACKNOWLEDGED";
  public static final String ACKNOWLEDGE = "ACKNOWLEDGE";

  public ApplicationSharedWorkflow() {
    super(TYPE, TYPE, false);
    finalState(ACKNOWLEDGED);
    pickUpRows();
    on(ACKNOWLEDGE).from(ROUTED, IN_PROGRESS).to(ACKNOWLEDGED).by(Party.HOLDER).add();
    sharedRows(ROUTED, IN_PROGRESS);
  }
}
