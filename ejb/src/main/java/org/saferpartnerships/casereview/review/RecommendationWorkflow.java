package org.saferpartnerships.casereview.review;

import jakarta.enterprise.context.ApplicationScoped;
import org.saferpartnerships.workflow.engine.Actions;
import org.saferpartnerships.workflow.engine.Party;
import org.saferpartnerships.workflow.engine.Requirement;
import org.saferpartnerships.workflow.engine.RoutedWorkflow;
import org.saferpartnerships.workflow.items.WorkItemActed;

/**
 * A case review's recommendation to a public body, which must have regard to it (ASBCPA 2014 Sch
 * 4): the body claims it, then accepts it, saying what it will do, or declines it, giving its
 * reasons; an accepted recommendation is marked done when the action is. The case review follows
 * each step through {@link WorkItemActed}. Due on the day the review set.
 */
@ApplicationScoped
public class RecommendationWorkflow extends RoutedWorkflow {

  public static final String TYPE = "CASE_RECOMMENDATION";
  public static final String ACCEPTED = "ACCEPTED";
  public static final String DONE = "DONE";
  public static final String DECLINED = "DECLINED";
  public static final String CANCELLED = "CANCELLED";
  public static final String COMPLETE = "COMPLETE";

  public RecommendationWorkflow() {
    super(TYPE, TYPE, false);
    state(ACCEPTED);
    finalState(DONE);
    finalState(DECLINED);
    finalState(CANCELLED);
    pickUpRows();
    answerRows(ACCEPTED, DECLINED);
    on(COMPLETE).from(ACCEPTED).to(DONE).by(Party.HOLDER).add();
    on(Actions.CANCEL)
        .from(ROUTED, IN_PROGRESS, ACCEPTED)
        .to(CANCELLED)
        .by(Party.COORDINATOR)
        .requires(Requirement.REASON)
        .add();
    sharedRows(ROUTED, IN_PROGRESS, ACCEPTED);
  }
}
