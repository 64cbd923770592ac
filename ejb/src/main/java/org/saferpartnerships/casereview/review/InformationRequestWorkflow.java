package org.saferpartnerships.casereview.review;

import jakarta.enterprise.context.ApplicationScoped;
import org.saferpartnerships.workflow.engine.Actions;
import org.saferpartnerships.workflow.engine.Party;
import org.saferpartnerships.workflow.engine.Requirement;
import org.saferpartnerships.workflow.engine.RoutedWorkflow;

/**
 * A request for information held by a partner body, such as those the ASB case review may make of
 * anyone exercising public functions (ASBCPA 2014 Sch 4 para 7). The holder provides it or refuses
 * with a reason (data-protection law or RIPA may forbid disclosure); it cannot be sent back.
 */
@ApplicationScoped
public class InformationRequestWorkflow extends RoutedWorkflow {

  public static final String TYPE = "INFORMATION_REQUEST";
  public static final String PROVIDED = "PROVIDED";
  public static final String REFUSED = "REFUSED";
  public static final String CANCELLED = "CANCELLED";
  public static final String PROVIDE = "PROVIDE";
  public static final String REFUSE = "REFUSE";

  public InformationRequestWorkflow() {
    super(TYPE, "INFORMATION_REQUEST", true);
    finalState(PROVIDED);
    finalState(REFUSED);
    finalState(CANCELLED);
    pickUpRows();
    on(PROVIDE).from(IN_PROGRESS).to(PROVIDED).by(Party.ASSIGNEE).add();
    on(REFUSE).from(IN_PROGRESS).to(REFUSED).by(Party.ASSIGNEE).requires(Requirement.REASON).add();
    on(Actions.CANCEL)
        .from(ROUTED, IN_PROGRESS)
        .to(CANCELLED)
        .by(Party.COORDINATOR)
        .requires(Requirement.REASON)
        .add();
    sharedRows(ROUTED, IN_PROGRESS);
  }
}
