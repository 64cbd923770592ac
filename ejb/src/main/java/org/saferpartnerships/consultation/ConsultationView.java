package org.saferpartnerships.consultation;

import java.time.LocalDate;
import java.util.List;

/** A consultation with its questions, their options, and its respondent categories. */
public record ConsultationView(
    long id,
    String titleEn,
    String titleCy,
    String summary,
    long ownerId,
    String ownerName,
    String ownerNameCy,
    LocalDate opensOn,
    LocalDate closesOn,
    boolean asksOrganisation,
    long version,
    long responses,
    List<QuestionView> questions,
    List<CategoryView> categories)
    implements java.io.Serializable {

  /** A question with its options. */
  public record QuestionView(
      long id,
      int position,
      String code,
      String textEn,
      String textCy,
      QuestionKind kind,
      List<OptionView> options)
      implements java.io.Serializable {
    public boolean closed() {
      return kind.closed();
    }
  }

  /** An option. */
  public record OptionView(long id, String labelEn, String labelCy)
      implements java.io.Serializable {}

  /** A respondent category. */
  public record CategoryView(long id, String code, String labelEn, String labelCy)
      implements java.io.Serializable {}

  static ConsultationView of(Consultation c, long responses) {
    return new ConsultationView(
        c.getId(),
        c.getTitleEn(),
        c.getTitleCy(),
        c.getSummary(),
        c.getOwner().getId(),
        c.getOwner().getName(),
        c.getOwner().getNameCy(),
        c.getOpensOn(),
        c.getClosesOn(),
        c.isAsksOrganisation(),
        c.getVersion(),
        responses,
        c.getQuestions().stream()
            .map(
                q ->
                    new QuestionView(
                        q.getId(),
                        q.getPosition(),
                        q.getCode(),
                        q.getTextEn(),
                        q.getTextCy(),
                        q.getKind(),
                        q.getOptions().stream()
                            .map(o -> new OptionView(o.getId(), o.getLabelEn(), o.getLabelCy()))
                            .toList()))
            .toList(),
        c.getCategories().stream()
            .map(k -> new CategoryView(k.getId(), k.getCode(), k.getLabelEn(), k.getLabelCy()))
            .toList());
  }
}
