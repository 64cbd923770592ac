package org.saferpartnerships.casereview.letters;

import java.util.List;
import org.saferpartnerships.platform.files.PdfPages;

/**
 * Lays a letter out as an A4 PDF: the partnership, date and reference at the top, the addressee,
 * the subject in bold as the letter's heading, then the body's paragraphs wrapped to the page, over
 * as many pages as it takes, tagged for PDF/UA (see {@link PdfPages}). Large print sets 16 point
 * instead of 11, for applicants who asked for it.
 */
public final class PdfLetter {

  /** What goes on the letter. */
  public record Content(
      String partnership,
      String date,
      String referenceLine,
      List<String> addressee,
      String subject,
      String body,
      String language,
      boolean largePrint) {}

  private PdfLetter() {}

  public static byte[] render(Content content) {
    float size = content.largePrint() ? 16 : 11;
    try (PdfPages pages = new PdfPages()) {
      pages.line(content.partnership(), size, true);
      pages.line(content.date(), size, false);
      pages.line(content.referenceLine(), size, false);
      pages.gap(size);
      for (String line : content.addressee()) {
        pages.line(line, size, false);
      }
      pages.gap(size);
      pages.heading(content.subject(), 1, size);
      pages.gap(size);
      for (String paragraph : content.body().replace("\r", "").split("\n")) {
        if (paragraph.isBlank()) {
          pages.gap(size);
        } else {
          pages.paragraph(paragraph, size, false);
        }
      }
      return pages.finish(content.subject(), content.partnership(), content.language());
    }
  }
}
