package org.saferpartnerships.casereview.risk;

import java.time.LocalDate;
import java.util.List;
import org.saferpartnerships.casereview.CaseState;
import org.saferpartnerships.workflow.engine.Priority;

/** One assessment of a case as its page shows it, newest first. */
public record RiskAssessmentLine(
    long id,
    long formId,
    CaseState stage,
    int score,
    String bandEn,
    String bandCy,
    Priority priority,
    String slaPolicyCode,
    String note,
    LocalDate assessedOn,
    String assessedBy,
    List<Answer> answers)
    implements java.io.Serializable {

  /** A question and the option chosen, in both languages. */
  public record Answer(
      long questionId,
      long optionId,
      String questionEn,
      String questionCy,
      String optionEn,
      String optionCy,
      int score)
      implements java.io.Serializable {

    public String question(String language) {
      return "cy".equals(language) ? questionCy : questionEn;
    }

    public String option(String language) {
      return "cy".equals(language) ? optionCy : optionEn;
    }
  }

  public RiskAssessmentLine {
    answers = List.copyOf(answers);
  }

  static RiskAssessmentLine of(CaseRiskAssessment a) {
    return new RiskAssessmentLine(
        a.getId(),
        a.getForm().getId(),
        a.getStage(),
        a.getScore(),
        a.getBand().getLabelEn(),
        a.getBand().getLabelCy(),
        a.getBand().getPriority(),
        a.getBand().getSlaPolicyCode(),
        a.getNote(),
        a.getAssessedOn(),
        a.getAssessedBy(),
        a.getAnswers().stream()
            .sorted(java.util.Comparator.comparingInt(answer -> answer.getQuestion().getPosition()))
            .map(
                answer ->
                    new Answer(
                        answer.getQuestion().getId(),
                        answer.getOption().getId(),
                        answer.getQuestion().getTextEn(),
                        answer.getQuestion().getTextCy(),
                        answer.getOption().getLabelEn(),
                        answer.getOption().getLabelCy(),
                        answer.getOption().getScore()))
            .toList());
  }

  public String band(String language) {
    return "cy".equals(language) ? bandCy : bandEn;
  }
}
