package org.saferpartnerships.workflow.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.saferpartnerships.platform.errors.ServiceException;
import org.saferpartnerships.workflow.documents.DocumentRules.Use;

class DocumentRulesTest {

  private static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  @Test
  void aWordDocumentIsAcceptedByEveryUse() throws IOException {
    AttachmentUpload word = upload("plan.docx", zip("word/document.xml", "<w:document/>"));

    assertThat(DocumentRules.check(word, Use.WORK_ITEM)).isEqualTo(DOCX);
    assertThat(DocumentRules.check(word, Use.SUBMISSION)).isEqualTo(DOCX);
  }

  @Test
  void aSpreadsheetRenamedToDocxIsRefusedWhereverItIsAttached() throws IOException {
    AttachmentUpload renamed = upload("plan.docx", zip("xl/workbook.xml", "<workbook/>"));

    for (Use use : Use.values()) {
      assertThatThrownBy(() -> DocumentRules.check(renamed, use))
          .isInstanceOf(ServiceException.class)
          .extracting(e -> ((ServiceException) e).key())
          .isEqualTo("attachment.contentMismatch");
    }
  }

  @Test
  void openDocumentFilesAreKnownByTheirMimetypeEntry() throws IOException {
    byte[] text = zip("mimetype", "application/vnd.oasis.opendocument.text");

    assertThat(DocumentRules.check(upload("notes.odt", text), Use.SUBMISSION))
        .isEqualTo("application/vnd.oasis.opendocument.text");
    assertThatThrownBy(() -> DocumentRules.check(upload("figures.ods", text), Use.WORK_ITEM))
        .hasMessageContaining("attachment.contentMismatch");
  }

  @Test
  void eachUseRefusesTypesItDoesNotTakeWithItsOwnMessage() {
    AttachmentUpload text = upload("notes.txt", "plain words".getBytes(StandardCharsets.UTF_8));

    assertThat(DocumentRules.check(text, Use.WORK_ITEM)).isEqualTo("text/plain");
    assertThatThrownBy(() -> DocumentRules.check(text, Use.SUBMISSION))
        .hasMessageContaining("submission.document.type");
    assertThatThrownBy(() -> DocumentRules.check(upload("tool.exe", new byte[] {1}), Use.WORK_ITEM))
        .hasMessageContaining("attachment.typeNotAccepted");
  }

  @Test
  void emptyUnnamedOversizedAndBinaryTextAreRefused() {
    assertThatThrownBy(() -> DocumentRules.check(upload("a.pdf", new byte[0]), Use.SUBMISSION))
        .hasMessageContaining("attachment.empty");
    assertThatThrownBy(() -> DocumentRules.check(upload("", new byte[] {1}), Use.WORK_ITEM))
        .hasMessageContaining("attachment.nameRequired");
    byte[] big = new byte[DocumentRules.MAX_BYTES + 1];
    big[0] = '%';
    assertThatThrownBy(() -> DocumentRules.check(upload("big.pdf", big), Use.SUBMISSION))
        .hasMessageContaining("attachment.tooLarge");
    assertThatThrownBy(
            () -> DocumentRules.check(upload("data.csv", new byte[] {'a', 0, 'b'}), Use.WORK_ITEM))
        .hasMessageContaining("attachment.contentMismatch");
  }

  @Test
  void theStoredTypeComesFromTheNameNotTheBrowser() {
    AttachmentUpload pdf =
        new AttachmentUpload(
            "report.PDF", "application/x-msdownload", "%PDF-1.7".getBytes(StandardCharsets.UTF_8));

    assertThat(DocumentRules.check(pdf, Use.SUBMISSION)).isEqualTo("application/pdf");
    assertThat(DocumentRules.typeOf("photo.JPG")).isEqualTo("image/jpeg");
    assertThat(DocumentRules.typeOf("archive.zip")).isEqualTo("application/octet-stream");
  }

  private static AttachmentUpload upload(String name, byte[] content) {
    return new AttachmentUpload(name, "application/octet-stream", content);
  }

  private static byte[] zip(String entry, String text) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry(entry));
      zip.write(text.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return bytes.toByteArray();
  }
}
