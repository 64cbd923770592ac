package org.saferpartnerships.workflow.engine;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * A coordinator (or another context, such as a case review's recommendation) asks a partner body to
 * do something. The body claims it, does it and marks it complete saying what was done (the outcome
 * the sender reads), or returns it with a reason; the sender can then resubmit it or the
 * coordinator cancel it.
 */
@ApplicationScoped
public class ActionRequestWorkflow extends RoutedWorkflow {

  public static final String TYPE = "ACTION_REQUEST";
  public static final String RETURNED = "RETURNED";
  public static final String COMPLETED = "COMPLETED";
  public static final String CANCELLED = "CANCELLED";
  public static final String COMPLETE = "COMPLETE";

  public ActionRequestWorkflow() {
    super(TYPE, "ACTION_REQUEST", true);
    state(RETURNED);
    finalState(COMPLETED);
    finalState(CANCELLED);
    pickUpRows();
    // the sender reads what was done in the item's history
    on(COMPLETE)
        .from(IN_PROGRESS)
        .to(COMPLETED)
        .by(Party.ASSIGNEE)
        .requires(Requirement.OUTCOME)
        .add();
    on(Actions.RETURN)
        .from(ROUTED, IN_PROGRESS)
        .to(RETURNED)
        .by(Party.HOLDER)
        .requires(Requirement.REASON)
        .then(Effect.SEND_BACK)
        .add();
    on(Actions.RESUBMIT)
        .from(RETURNED)
        .to(ROUTED)
        .by(Party.SENDER, Party.COORDINATOR)
        .then(Effect.REROUTE)
        .add();
    on(Actions.CANCEL)
        .from(ROUTED, IN_PROGRESS, RETURNED)
        .to(CANCELLED)
        .by(Party.COORDINATOR)
        .requires(Requirement.REASON)
        .add();
    sharedRows(ROUTED, IN_PROGRESS, RETURNED);
  }
}
