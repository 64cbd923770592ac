package org.saferpartnerships.platform.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.junit.jupiter.api.Test;

/** Reports laid out by {@link PdfPages}: headings of two levels, lines and paragraphs, tagged. */
class PdfPagesTest {

  @Test
  void aReportWithSectionsMeetsPdfUaWithItsHeadingsInOrder() throws Exception {
    byte[] pdf;
    try (PdfPages pages = new PdfPages()) {
      pages.heading("Ymgynghoriad ar ymddygiad gwrthgymdeithasol", 1, 18);
      pages.line("Adroddiad", 14, false);
      for (int q = 1; q <= 12; q++) {
        pages.gap(11).keepTogether(6, 11);
        pages.heading("C" + q + ": Beth ddylai’r bartneriaeth ei wneud yn gyntaf?", 2, 14);
        pages.line("Atebwyd: 120", 11, true);
        pages.paragraph(
            "    “Mwy o batrolau yn y nos, a goleuadau yn y parc.”\nAil linell.", 11, false);
      }
      pages.paragraph("   ", 11, false); // nothing drawn, nothing tagged
      pdf = pages.finish("Adroddiad", "Y Swyddfa Gartref", "cy");
    }
    assertThat(PdfUaCheck.failures(pdf)).isEmpty();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDStructureElement root =
          (PDStructureElement)
              document.getDocumentCatalog().getStructureTreeRoot().getKids().get(0);
      String types =
          root.getKids().stream()
              .map(kid -> ((PDStructureElement) kid).getStructureType())
              .collect(Collectors.joining(" "));
      assertThat(types).startsWith("H1 P H2 P P H2 P P H2").endsWith("H2 P P");
      assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Adroddiad");
    }
  }
}
