package org.saferpartnerships.api;

import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.saferpartnerships.platform.errors.ServiceException;
import org.saferpartnerships.workflow.documents.AttachmentUpload;
import org.saferpartnerships.workflow.documents.DocumentRules;

/**
 * Files in and out of the API, the same way everywhere: an upload is the multipart part named
 * {@code file}, read no further than one byte past the largest allowed (so an oversized one is
 * refused without being held whole); a download is sent as an attachment under a name reduced to
 * printable ASCII without quotes, and is never sniffed by the browser as another type.
 */
public final class FileTransfer {

  private FileTransfer() {}

  /** The part named {@code file} as an upload, before {@link DocumentRules} are applied. */
  public static AttachmentUpload upload(List<EntityPart> parts) throws IOException {
    EntityPart file =
        parts == null
            ? null
            : parts.stream().filter(part -> "file".equals(part.getName())).findFirst().orElse(null);
    if (file == null) {
      throw new ServiceException("attachment.missing");
    }
    byte[] content;
    try (InputStream in = file.getContent()) {
      content = in.readNBytes(DocumentRules.MAX_BYTES + 1);
    }
    return new AttachmentUpload(
        file.getFileName().orElse(""),
        file.getMediaType() == null ? null : file.getMediaType().toString(),
        content);
  }

  /** The bytes as a download named {@code fileName}. */
  public static Response attachment(byte[] content, String contentType, String fileName) {
    return Response.ok(content, contentType)
        .header(
            "Content-Disposition",
            "attachment; filename=\"" + fileName.replaceAll("[^\\x20-\\x7e]|\"", "_") + "\"")
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }
}
