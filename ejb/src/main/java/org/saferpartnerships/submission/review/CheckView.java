package org.saferpartnerships.submission.review;

import java.io.Serializable;

/** A checklist item with the reviewer's answer for this submission (null if not yet answered). */
public record CheckView(
    long checkId, String textEn, String textCy, CheckAnswer answer, String note, String answeredBy)
    implements Serializable {}
