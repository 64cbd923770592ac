package org.saferpartnerships.submission;

import java.io.Serializable;
import java.time.Instant;

/** A document of a version, without its bytes. */
public record DocumentView(
    long id,
    String fileName,
    String contentType,
    long sizeBytes,
    String sha256,
    Instant uploadedAt,
    String uploadedBy)
    implements Serializable {

  /** The size in whole kilobytes, at least 1. */
  public long kilobytes() {
    return Math.max(1, (sizeBytes + 1023) / 1024);
  }
}
