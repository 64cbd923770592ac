package org.saferpartnerships.casereview.risk;

import java.time.LocalDate;
import java.util.List;
import org.saferpartnerships.casereview.CaseState;
import org.saferpartnerships.workflow.engine.Priority;

/**
 * A case's risk and vulnerability: the priority and decision SLA policy its latest assessment set,
 * the decision deadline, whether a reassessment is due (the case has moved on since, or was never
 * assessed), the form to answer now, and the assessments so far, newest first.
 */
public record CaseRisk(
    String reference,
    CaseState state,
    long version,
    Priority priority,
    String slaPolicyCode,
    LocalDate decisionDueOn,
    boolean reassessmentDue,
    CaseState assessedStage,
    RiskFormView form,
    List<RiskAssessmentLine> assessments)
    implements java.io.Serializable {

  public CaseRisk {
    assessments = List.copyOf(assessments);
  }
}
