package org.saferpartnerships.submission.review;

import jakarta.enterprise.context.ApplicationScoped;
import org.saferpartnerships.workflow.engine.Party;
import org.saferpartnerships.workflow.engine.Requirement;
import org.saferpartnerships.workflow.engine.RoutedWorkflow;

/**
 * A policing body's recommendation to a partnership, made in the review of a submission: the
 * partnership accepts it, saying what it will do, or declines it, giving its reasons; the policing
 * body may withdraw it, and may stop its clock (an extension). Due on the day the reviewer set.
 */
@ApplicationScoped
public class PccRecommendationWorkflow extends RoutedWorkflow {

  public static final String TYPE = "PCC_RECOMMENDATION";
  public static final String ACCEPTED = "ACCEPTED";
  public static final String DECLINED = "DECLINED";
  public static final String WITHDRAWN = "WITHDRAWN";
  public static final String WITHDRAW = "WITHDRAW";

  public PccRecommendationWorkflow() {
    super(TYPE, TYPE, false);
    finalState(ACCEPTED);
    finalState(DECLINED);
    finalState(WITHDRAWN);
    pickUpRows();
    answerRows(ACCEPTED, DECLINED);
    on(WITHDRAW)
        .from(ROUTED, IN_PROGRESS)
        .to(WITHDRAWN)
        .by(Party.SENDER)
        .requires(Requirement.REASON)
        .add();
    requestRows(ROUTED, IN_PROGRESS);
  }
}
