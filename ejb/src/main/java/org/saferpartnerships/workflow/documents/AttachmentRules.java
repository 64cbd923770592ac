package org.saferpartnerships.workflow.documents;

import java.util.Locale;
import java.util.Map;
import org.saferpartnerships.platform.errors.ServiceException;

/**
 * What may be attached to an item: documents, spreadsheets, text and images up to 10 MB, whose
 * first bytes match their extension (a renamed executable is refused). The stored content type is
 * the one the extension implies, not the browser's claim.
 */
public final class AttachmentRules {

  public static final int MAX_BYTES = 10 * 1024 * 1024;

  private static final Map<String, String> TYPES =
      Map.of(
          "pdf", "application/pdf",
          "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          "odt", "application/vnd.oasis.opendocument.text",
          "ods", "application/vnd.oasis.opendocument.spreadsheet",
          "txt", "text/plain",
          "csv", "text/csv",
          "png", "image/png",
          "jpg", "image/jpeg",
          "jpeg", "image/jpeg");

  private AttachmentRules() {}

  /** Refuses an upload that is empty, too large, of a type not accepted, or not what it says. */
  public static String check(AttachmentUpload upload) {
    String name = checkPresent(upload, MAX_BYTES);
    String extension = extension(name);
    String type = TYPES.get(extension);
    if (type == null) {
      throw new ServiceException("attachment.typeNotAccepted", name);
    }
    if (!contentMatches(extension, upload)) {
      throw new ServiceException("attachment.contentMismatch", name);
    }
    return type;
  }

  /**
   * Refuses an upload without a name, empty, or larger than {@code maxBytes}; returns its safe
   * name. Every kind of upload checks this first, then its own types.
   */
  public static String checkPresent(AttachmentUpload upload, int maxBytes) {
    String name = upload.safeFileName();
    if (name.isEmpty()) {
      throw new ServiceException("attachment.nameRequired");
    }
    if (upload.size() == 0) {
      throw new ServiceException("attachment.empty", name);
    }
    if (upload.size() > maxBytes) {
      throw new ServiceException("attachment.tooLarge", name, maxBytes / (1024 * 1024));
    }
    return name;
  }

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
      case "docx", "xlsx", "odt", "ods" -> start.startsWith("PK\u0003\u0004");
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
}
