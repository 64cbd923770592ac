package org.saferpartnerships.platform.files;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;

/**
 * Checks a PDF against PDF/UA-1 (ISO 14289-1) with veraPDF, the validator the PDF Association
 * maintains: the Matterhorn Protocol's machine-checkable conditions.
 */
public final class PdfUaCheck {

  static {
    VeraGreenfieldFoundryProvider.initialise();
  }

  private PdfUaCheck() {}

  /** The clauses the document fails, each once with veraPDF's description; empty if it passes. */
  public static List<String> failures(byte[] pdf) throws Exception {
    try (PDFAParser parser =
        Foundries.defaultInstance()
            .createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFUA_1)) {
      PDFAValidator validator =
          Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false);
      return validator.validate(parser).getTestAssertions().stream()
          .filter(assertion -> assertion.getStatus() == TestAssertion.Status.FAILED)
          .map(a -> a.getRuleId().getClause() + " " + a.getMessage())
          .distinct()
          .toList();
    }
  }
}
