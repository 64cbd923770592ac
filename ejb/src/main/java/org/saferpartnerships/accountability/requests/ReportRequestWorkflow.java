package org.saferpartnerships.accountability.requests;

import jakarta.enterprise.context.ApplicationScoped;
import org.saferpartnerships.workflow.engine.Party;
import org.saferpartnerships.workflow.engine.Requirement;
import org.saferpartnerships.workflow.engine.RoutedWorkflow;

/**
 * A policing body's request for a report from a CSP's responsible authorities (CDA 1998 s7(1)): the
 * partnership claims it and answers it by sending a reply (a submission), which marks it answered;
 * the policing body may withdraw it, or stop its clock to allow more time. Past its due date it
 * escalates to the partnership's chair.
 */
@ApplicationScoped
public class ReportRequestWorkflow extends RoutedWorkflow {

  public static final String TYPE = "REPORT_REQUEST";
  public static final String ANSWERED = "ANSWERED";
  public static final String WITHDRAWN = "WITHDRAWN";
  public static final String ANSWER = "ANSWER";
  public static final String WITHDRAW = "WITHDRAW";

  public ReportRequestWorkflow() {
    super(TYPE, TYPE, false);
    finalState(ANSWERED);
    finalState(WITHDRAWN);
    pickUpRows();
    // taken when the partnership sends its reply; ReportRequestProgress refuses it otherwise
    on(ANSWER).from(ROUTED, IN_PROGRESS).to(ANSWERED).by(Party.HOLDER).add();
    on(WITHDRAW)
        .from(ROUTED, IN_PROGRESS)
        .to(WITHDRAWN)
        .by(Party.SENDER)
        .requires(Requirement.REASON)
        .add();
    requestRows(ROUTED, IN_PROGRESS);
  }
}
