package org.saferpartnerships.api;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a request body no further than a limit. A body whose Content-Length already says it is too
 * large is refused before a byte of it is read; one sent without a length (chunked) is read to one
 * byte past the limit and refused there, so memory never holds more than the limit.
 */
public final class BoundedBody {

  private BoundedBody() {}

  /** Refuses with 413 when the declared length is over {@code limit}; no length passes. */
  public static void refuseDeclaredOver(String contentLength, long limit) {
    if (contentLength == null || contentLength.isBlank()) {
      return;
    }
    try {
      if (Long.parseLong(contentLength.trim()) > limit) {
        throw new PayloadTooLargeException(limit);
      }
    } catch (NumberFormatException malformed) {
      throw new InvalidParameterException("Content-Length", contentLength);
    }
  }

  /** The whole body, if it is no longer than {@code limit} bytes; 413 otherwise. */
  public static byte[] read(InputStream body, int limit) throws IOException {
    byte[] content = body.readNBytes(limit + 1);
    if (content.length > limit) {
      throw new PayloadTooLargeException(limit);
    }
    return content;
  }
}
