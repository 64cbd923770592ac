package org.saferpartnerships.submission;

/** A document's name, type and bytes, for download. */
public record DocumentFile(String fileName, String contentType, byte[] content) {

  public DocumentFile {
    content = content.clone();
  }

  @Override
  public byte[] content() {
    return content.clone();
  }
}
