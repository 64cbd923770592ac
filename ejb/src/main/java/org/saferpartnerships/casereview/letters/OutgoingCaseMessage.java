package org.saferpartnerships.casereview.letters;

/** What the e-mail of a case message needs, read in one query. */
public record OutgoingCaseMessage(
    long id,
    CaseMessageKind kind,
    String language,
    String toAddress,
    String reference,
    String cspName,
    String cspNameCy,
    Long letterId) {

  public boolean welsh() {
    return "cy".equals(language);
  }
}
