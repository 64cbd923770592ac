package org.saferpartnerships.consultation.coding;

import java.util.List;

/**
 * How far two analysts agree on the answers both coded: per theme (Cohen's kappa) and overall, the
 * answers they coded differently, and the other pairs of analysts that could be compared.
 */
public record AgreementReport(
    String first,
    String second,
    int shared,
    List<ThemeAgreement> themes,
    List<Disagreement> disagreements,
    List<Pair> pairs)
    implements java.io.Serializable {

  /** A theme's agreement between the two. */
  public record ThemeAgreement(
      long themeId,
      String code,
      String labelEn,
      String labelCy,
      int both,
      int onlyFirst,
      int onlySecond,
      int neither,
      Double kappa,
      String strength)
      implements java.io.Serializable {}

  /** An answer the two coded differently. */
  public record Disagreement(long answerId, String text, List<String> first, List<String> second)
      implements java.io.Serializable {}

  /** Two analysts and the answers both coded. */
  public record Pair(String first, String second, int shared) implements java.io.Serializable {}
}
