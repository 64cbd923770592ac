package org.saferpartnerships.workflow.documents;

import java.nio.charset.StandardCharsets;
import org.saferpartnerships.platform.files.Sha256;

/** A document as uploaded or downloaded: its name as given, declared type and bytes. */
public record AttachmentUpload(String fileName, String contentType, byte[] content) {

  public AttachmentUpload {
    content = content == null ? new byte[0] : content.clone();
  }

  @Override
  public byte[] content() {
    return content.clone();
  }

  public int size() {
    return content.length;
  }

  /** The last path segment of the name, without control characters, at most 255 characters. */
  public String safeFileName() {
    String name = fileName == null ? "" : fileName;
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    name = name.replaceAll("[\\p{Cntrl}\"]", "").strip();
    if (name.length() > 255) {
      name = name.substring(name.length() - 255);
    }
    return name;
  }

  public String sha256() {
    return Sha256.hex(content);
  }

  byte[] head(int length) {
    byte[] head = new byte[Math.min(length, content.length)];
    System.arraycopy(content, 0, head, 0, head.length);
    return head;
  }

  String headText() {
    return new String(head(8), StandardCharsets.ISO_8859_1);
  }
}
