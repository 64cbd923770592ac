package org.saferpartnerships.submission;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.saferpartnerships.platform.errors.ServiceException;
import org.saferpartnerships.workflow.documents.AttachmentRules;
import org.saferpartnerships.workflow.documents.AttachmentUpload;

/**
 * What a submission's documents may be: PDF, Word (.docx) or OpenDocument text (.odt), up to 10 MB,
 * whose contents are what the name says. A PDF starts "%PDF-"; a .docx is a zip holding
 * word/document.xml; an .odt a zip whose mimetype entry names OpenDocument text. A spreadsheet or
 * an executable renamed to .docx is refused.
 */
public final class DocumentRules {

  public static final int MAX_BYTES = 10 * 1024 * 1024;

  static final String PDF = "application/pdf";
  static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  static final String ODT = "application/vnd.oasis.opendocument.text";

  private static final Map<String, String> TYPES = Map.of("pdf", PDF, "docx", DOCX, "odt", ODT);

  private DocumentRules() {}

  /** The content type of an acceptable document; refuses anything else with the reason. */
  public static String check(AttachmentUpload upload) {
    String name = AttachmentRules.checkPresent(upload, MAX_BYTES);
    int dot = name.lastIndexOf('.');
    String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    String type = TYPES.get(extension);
    if (type == null) {
      throw new ServiceException("submission.document.type", name);
    }
    byte[] content = upload.content();
    boolean matches =
        switch (extension) {
          case "pdf" -> startsWith(content, "%PDF-");
          case "docx" ->
              startsWith(content, "PK\u0003\u0004") && hasEntry(content, "word/document.xml", null);
          default -> startsWith(content, "PK\u0003\u0004") && hasEntry(content, "mimetype", ODT);
        };
    if (!matches) {
      throw new ServiceException("attachment.contentMismatch", name);
    }
    return type;
  }

  private static boolean startsWith(byte[] content, String magic) {
    byte[] expected = magic.getBytes(StandardCharsets.ISO_8859_1);
    if (content.length < expected.length) {
      return false;
    }
    for (int i = 0; i < expected.length; i++) {
      if (content[i] != expected[i]) {
        return false;
      }
    }
    return true;
  }

  /** Whether the zip holds the entry (with exactly this text, when given). */
  private static boolean hasEntry(byte[] content, String entryName, String text) {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
      ZipEntry entry;
      int seen = 0;
      while ((entry = zip.getNextEntry()) != null && seen++ < 10_000) {
        if (entry.getName().equals(entryName)) {
          if (text == null) {
            return true;
          }
          byte[] body = zip.readNBytes(200);
          return new String(body, StandardCharsets.US_ASCII).strip().equals(text);
        }
      }
      return false;
    } catch (IOException | IllegalArgumentException e) {
      return false;
    }
  }
}
