package org.saferpartnerships.casereview.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.saferpartnerships.platform.files.PdfUaCheck;

/**
 * Letters are documents of a public body and must be accessible: veraPDF checks each against
 * PDF/UA-1 (ISO 14289-1), the Matterhorn Protocol's machine-checkable conditions: a structure tree
 * in reading order, every line tagged, the language, the title shown, fonts embedded, and the
 * PDF/UA identification in the metadata.
 */
class PdfLetterAccessibilityTest {

  @Test
  void anEnglishLetterMeetsPdfUa() throws Exception {
    byte[] pdf = PdfLetter.render(letter("en", false, 3));
    assertThat(failures(pdf)).isEmpty();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
      assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
      assertThat(document.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
      assertThat(structure(document)).startsWith("P P P P P P H1 P");
    }
  }

  @Test
  void aWelshLargePrintLetterOverSeveralPagesMeetsPdfUaAndReadsInOrder() throws Exception {
    byte[] pdf = PdfLetter.render(letter("cy", true, 60));
    assertThat(failures(pdf)).isEmpty();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getNumberOfPages()).isGreaterThan(2);
      assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("cy");
      assertThat(new PDFTextStripper().getText(document))
          .contains("Adolygiad achos ymddygiad gwrthgymdeithasol")
          .contains("Paragraff 60: ŵ ŷ");
    }
  }

  @Test
  void theCheckFailsAnUntaggedDocument() throws Exception {
    byte[] untagged;
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage();
      document.addPage(page);
      try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
        stream.beginText();
        stream.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
        stream.showText("Untagged");
        stream.endText();
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      untagged = out.toByteArray();
    }
    assertThat(failures(untagged)).isNotEmpty();
  }

  private static PdfLetter.Content letter(String language, boolean large, int paragraphs) {
    String subject =
        "cy".equals(language)
            ? "Adolygiad achos ymddygiad gwrthgymdeithasol: penderfyniad y trothwy"
            : "Anti-social behaviour case review: the threshold decision";
    StringBuilder body = new StringBuilder();
    for (int i = 1; i <= paragraphs; i++) {
      body.append("Paragraff ")
          .append(i)
          .append(": ŵ ŷ — a paragraph long enough to wrap over more than one line of the page, ")
          .append("so that a paragraph is read as one whatever the page it falls on.\n\n");
    }
    return new PdfLetter.Content(
        "Cambridge Community Safety Partnership",
        "3 December 2026",
        "Reference: ASB-2026-000123",
        List.of("Ann Victim", "1 Mill Road", "Cambridge CB1 2AB"),
        subject,
        body.toString(),
        language,
        large);
  }

  private static List<String> failures(byte[] pdf) throws Exception {
    return PdfUaCheck.failures(pdf);
  }

  private static String structure(PDDocument document) {
    PDStructureElement root =
        (PDStructureElement) document.getDocumentCatalog().getStructureTreeRoot().getKids().get(0);
    assertThat(root.getStructureType()).isEqualTo("Document");
    return root.getKids().stream()
        .map(kid -> ((PDStructureElement) kid).getStructureType())
        .collect(Collectors.joining(" "));
  }
}
