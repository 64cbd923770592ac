package org.saferpartnerships.casereview.letters;

import java.time.Instant;

/** A letter template as the API shows it. */
public record LetterTemplateSummary(
    LetterKind kind,
    String language,
    String subject,
    String body,
    Instant updatedAt,
    String updatedBy,
    long version)
    implements java.io.Serializable {

  static LetterTemplateSummary of(LetterTemplate template) {
    return new LetterTemplateSummary(
        template.getKind(),
        template.getLanguage(),
        template.getSubject(),
        template.getBody(),
        template.getUpdatedAt(),
        template.getUpdatedBy(),
        template.getVersion());
  }
}
