package org.saferpartnerships.casereview.letters;

import java.time.Instant;

/** A letter on the case page. */
public record LetterLine(
    long id, LetterKind kind, String language, String fileName, Instant createdAt, String createdBy)
    implements java.io.Serializable {}
