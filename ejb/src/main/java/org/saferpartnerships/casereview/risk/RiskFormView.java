package org.saferpartnerships.casereview.risk;

import java.time.LocalDate;
import java.util.List;

/** A risk form as pages and the API show it: its questions with their options, and its bands. */
public record RiskFormView(
    long id,
    String cspCode,
    LocalDate validFrom,
    String note,
    String createdBy,
    List<QuestionView> questions,
    List<RiskBandTerms> bands,
    int maximum)
    implements java.io.Serializable {

  public record QuestionView(
      long id, int position, String textEn, String textCy, List<OptionView> options)
      implements java.io.Serializable {
    public QuestionView {
      options = List.copyOf(options);
    }

    public String text(String language) {
      return "cy".equals(language) ? textCy : textEn;
    }
  }

  public record OptionView(long id, String labelEn, String labelCy, int score)
      implements java.io.Serializable {
    public String label(String language) {
      return "cy".equals(language) ? labelCy : labelEn;
    }
  }

  public RiskFormView {
    questions = List.copyOf(questions);
    bands = List.copyOf(bands);
  }

  static RiskFormView of(RiskForm form) {
    return new RiskFormView(
        form.getId(),
        form.getCsp() == null ? null : form.getCsp().getGssCode(),
        form.getValidFrom(),
        form.getNote(),
        form.getCreatedBy(),
        form.getQuestions().stream()
            .map(
                q ->
                    new QuestionView(
                        q.getId(),
                        q.getPosition(),
                        q.getTextEn(),
                        q.getTextCy(),
                        q.getOptions().stream()
                            .map(
                                o ->
                                    new OptionView(
                                        o.getId(), o.getLabelEn(), o.getLabelCy(), o.getScore()))
                            .toList()))
            .toList(),
        form.getBands().stream().map(RiskBand::terms).toList(),
        form.scoring().maximum());
  }

  /** Whether the form is the national default rather than the CSP's own. */
  public boolean national() {
    return cspCode == null;
  }
}
