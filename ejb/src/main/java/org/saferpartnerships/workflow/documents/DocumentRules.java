package org.saferpartnerships.workflow.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.saferpartnerships.platform.errors.ServiceException;

/**
 * The one set of rules for every file people attach, to a work item or to a submission: present,
 * not empty, at most 10 MB, of a type the use accepts, and whose content is what its name says. A
 * PDF starts "%PDF-"; a .docx is a zip holding word/document.xml, an .xlsx one holding
 * xl/workbook.xml; an .odt or .ods a zip whose mimetype entry names that OpenDocument type; PNG and
 * JPEG start with their signatures; text has no NUL byte. A renamed executable or a spreadsheet
 * renamed to .docx is refused. The stored content type is the one the extension implies, never the
 * browser's claim.
 */
public final class DocumentRules {

  public static final int MAX_BYTES = 10 * 1024 * 1024;

  private static final String ODT = "application/vnd.oasis.opendocument.text";
  private static final String ODS = "application/vnd.oasis.opendocument.spreadsheet";
  private static final String ZIP = "PK\u0003\u0004";

  private static final Map<String, String> TYPES =
      Map.of(
          "pdf", "application/pdf",
          "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          "odt", ODT,
          "ods", ODS,
          "txt", "text/plain",
          "csv", "text/csv",
          "png", "image/png",
          "jpg", "image/jpeg",
          "jpeg", "image/jpeg");

  /** What a use accepts, and the message that refuses anything else. */
  public enum Use {
    /** Documents, spreadsheets, text and images attached to a work item. */
    WORK_ITEM("attachment.typeNotAccepted", TYPES.keySet()),
    /** A submission's documents: PDF, Word or OpenDocument text. */
    SUBMISSION("submission.document.type", Set.of("pdf", "docx", "odt"));

    private final String refusal;
    private final Set<String> extensions;

    Use(String refusal, Set<String> extensions) {
      this.refusal = refusal;
      this.extensions = extensions;
    }
  }

  private DocumentRules() {}

  /**
   * The content type of an acceptable upload for this use; refuses anything else with the reason.
   */
  public static String check(AttachmentUpload upload, Use use) {
    String name = upload.safeFileName();
    if (name.isEmpty()) {
      throw new ServiceException("attachment.nameRequired");
    }
    if (upload.size() == 0) {
      throw new ServiceException("attachment.empty", name);
    }
    if (upload.size() > MAX_BYTES) {
      throw new ServiceException("attachment.tooLarge", name, MAX_BYTES / (1024 * 1024));
    }
    String extension = extension(name);
    if (!use.extensions.contains(extension)) {
      throw new ServiceException(use.refusal, name);
    }
    if (!contentMatches(extension, upload)) {
      throw new ServiceException("attachment.contentMismatch", name);
    }
    return TYPES.get(extension);
  }

  /** The content type a file name implies. */
  public static String typeOf(String fileName) {
    return TYPES.getOrDefault(extension(fileName), "application/octet-stream");
  }

  private static String extension(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  private static boolean contentMatches(String extension, AttachmentUpload upload) {
    byte[] head = upload.head(8192);
    String start = upload.headText();
    return switch (extension) {
      case "pdf" -> start.startsWith("%PDF-");
      case "docx" -> start.startsWith(ZIP) && hasEntry(upload.content(), "word/document.xml", null);
      case "xlsx" -> start.startsWith(ZIP) && hasEntry(upload.content(), "xl/workbook.xml", null);
      case "odt" -> start.startsWith(ZIP) && hasEntry(upload.content(), "mimetype", ODT);
      case "ods" -> start.startsWith(ZIP) && hasEntry(upload.content(), "mimetype", ODS);
      case "png" -> start.startsWith("\u0089PNG");
      case "jpg", "jpeg" -> head.length > 2 && (head[0] & 0xff) == 0xff && (head[1] & 0xff) == 0xd8;
      default -> {
        for (byte b : head) {
          if (b == 0) {
            yield false;
          }
        }
        yield true;
      }
    };
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
