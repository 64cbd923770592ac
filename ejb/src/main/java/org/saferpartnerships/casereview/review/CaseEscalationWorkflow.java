package org.saferpartnerships.casereview.review;

import jakarta.enterprise.context.ApplicationScoped;
import org.saferpartnerships.workflow.engine.Effect;
import org.saferpartnerships.workflow.engine.Party;
import org.saferpartnerships.workflow.engine.Requirement;
import org.saferpartnerships.workflow.engine.Workflow;
import org.saferpartnerships.workflow.items.WorkItemActed;

/**
 * A dissatisfied applicant's request for their case review to be looked at again, heard by the
 * policing body in force for the area (PCC, PFCC or mayor): it accepts or refuses the request, with
 * reasons, then finds the complaint upheld or not. Upholding it directs what happens next: the
 * threshold decision is taken again ({@link #UPHOLD}), or a review is held ({@link
 * #UPHOLD_REVIEW}). The case review follows each step through {@link WorkItemActed} and writes to
 * the applicant whatever the outcome.
 */
@ApplicationScoped
public class CaseEscalationWorkflow extends Workflow {

  public static final String TYPE = "CASE_ESCALATION";
  public static final String REQUESTED = "REQUESTED";
  public static final String HEARING = "HEARING";
  public static final String REFUSED = "REFUSED";
  public static final String UPHELD = "UPHELD";
  public static final String NOT_UPHELD = "NOT_UPHELD";
  public static final String HEAR = "HEAR";
  public static final String REFUSE = "REFUSE";
  public static final String UPHOLD = "UPHOLD";
  public static final String UPHOLD_REVIEW = "UPHOLD_REVIEW";
  public static final String NOT_UPHOLD = "NOT_UPHOLD";

  public CaseEscalationWorkflow() {
    state(REQUESTED);
    state(HEARING);
    finalState(REFUSED);
    finalState(UPHELD);
    finalState(NOT_UPHELD);
    on(HEAR).from(REQUESTED).to(HEARING).by(Party.HOLDER).then(Effect.ASSIGN_CALLER).add();
    on(REFUSE).from(REQUESTED).to(REFUSED).by(Party.HOLDER).requires(Requirement.REASON).add();
    on(UPHOLD).from(HEARING).to(UPHELD).by(Party.HOLDER).requires(Requirement.REASON).add();
    on(UPHOLD_REVIEW).from(HEARING).to(UPHELD).by(Party.HOLDER).requires(Requirement.REASON).add();
    on(NOT_UPHOLD).from(HEARING).to(NOT_UPHELD).by(Party.HOLDER).requires(Requirement.REASON).add();
    sharedRows(REQUESTED, HEARING);
  }

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public String initialState() {
    return REQUESTED;
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
