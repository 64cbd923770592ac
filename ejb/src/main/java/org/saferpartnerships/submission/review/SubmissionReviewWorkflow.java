package org.saferpartnerships.submission.review;

import jakarta.enterprise.context.ApplicationScoped;
import org.saferpartnerships.workflow.engine.Actions;
import org.saferpartnerships.workflow.engine.Effect;
import org.saferpartnerships.workflow.engine.Party;
import org.saferpartnerships.workflow.engine.Requirement;
import org.saferpartnerships.workflow.engine.Workflow;

/**
 * The policing body's review of a submission: it arrives in the office's submissions queue, a
 * reviewer claims it, works through the checklist and writes feedback, then signs it off or returns
 * it for changes with a reason; the CSP sends a new version, which re-routes it. The CSP may
 * withdraw it while it is open. {@link ReviewProgress} keeps the submission in step and refuses a
 * sign-off without feedback and a finished checklist, or a resubmission without a new version.
 */
@ApplicationScoped
public class SubmissionReviewWorkflow extends Workflow {

  public static final String TYPE = "SUBMISSION_REVIEW";
  public static final String RECEIVED = "RECEIVED";
  public static final String IN_REVIEW = "IN_REVIEW";
  public static final String RETURNED = "RETURNED";
  public static final String SIGNED_OFF = "SIGNED_OFF";
  public static final String WITHDRAWN = "WITHDRAWN";
  public static final String SIGN_OFF = "SIGN_OFF";
  public static final String WITHDRAW = "WITHDRAW";

  public SubmissionReviewWorkflow() {
    state(RECEIVED);
    state(IN_REVIEW);
    state(RETURNED);
    finalState(SIGNED_OFF);
    finalState(WITHDRAWN);
    pickUpRows(RECEIVED, IN_REVIEW);
    on(SIGN_OFF).from(IN_REVIEW).to(SIGNED_OFF).by(Party.ASSIGNEE).add();
    on(Actions.RETURN)
        .from(RECEIVED, IN_REVIEW)
        .to(RETURNED)
        .by(Party.HOLDER)
        .requires(Requirement.REASON)
        .then(Effect.SEND_BACK, Effect.UNASSIGN)
        .add();
    on(Actions.RESUBMIT)
        .from(RETURNED)
        .to(RECEIVED)
        .by(Party.SENDER, Party.COORDINATOR)
        .then(Effect.REROUTE)
        .add();
    on(WITHDRAW)
        .from(RECEIVED, IN_REVIEW, RETURNED)
        .to(WITHDRAWN)
        .by(Party.COORDINATOR)
        .requires(Requirement.REASON)
        .add();
    for (String action : new String[] {Actions.NOTE, Actions.ATTACH}) {
      on(action)
          .from(RECEIVED, IN_REVIEW, RETURNED)
          .stay()
          .by(Party.HOLDER, Party.COORDINATOR, Party.SENDER)
          .add();
    }
    // the reviewing office's clock: it may stop it while it waits on the CSP
    on(Actions.PAUSE)
        .from(RECEIVED, IN_REVIEW)
        .stay()
        .by(Party.HOLDER)
        .requires(Requirement.RUNNING, Requirement.REASON)
        .then(Effect.PAUSE_CLOCK)
        .add();
    on(Actions.RESUME)
        .from(RECEIVED, IN_REVIEW)
        .stay()
        .by(Party.HOLDER)
        .requires(Requirement.PAUSED)
        .then(Effect.RESUME_CLOCK)
        .add();
  }

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public String initialState() {
    return RECEIVED;
  }

  @Override
  public String slaPolicyCode() {
    return TYPE;
  }

  @Override
  public boolean openedByHand() {
    return false;
  }
}
