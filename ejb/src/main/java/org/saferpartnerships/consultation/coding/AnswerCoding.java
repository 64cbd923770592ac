package org.saferpartnerships.consultation.coding;

import java.util.List;

/**
 * An answer to code: its question and text, the caller's coding of it (if any), and the other
 * analysts' codings, shown only once the caller has coded it so that double coding stays blind.
 */
public record AnswerCoding(
    long answerId,
    long consultationId,
    long questionId,
    String questionCode,
    String questionEn,
    String questionCy,
    String text,
    Mine mine,
    List<Other> others,
    Long nextAnswerId)
    implements java.io.Serializable {

  /** The caller's coding. */
  public record Mine(List<Given> themes, String note, long version)
      implements java.io.Serializable {}

  /** A theme given, with its passage. */
  public record Given(long themeId, String code, String passage) implements java.io.Serializable {}

  /** Another analyst's coding. */
  public record Other(String coder, List<Given> themes, String note)
      implements java.io.Serializable {}
}
