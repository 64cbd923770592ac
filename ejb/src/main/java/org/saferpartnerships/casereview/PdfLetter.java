package org.saferpartnerships.casereview;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Lays a letter out as an A4 PDF: the partnership, date and reference at the top, the addressee,
 * the subject in bold, then the body's paragraphs wrapped to the page, over as many pages as it
 * takes. The font (DejaVu Sans, embedded) has the Welsh letters ŵ and ŷ; large print sets 16 point
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

  private static final float MARGIN = 56;
  private static final String FONTS = "/org/saferpartnerships/casereview/fonts/";

  private PdfLetter() {}

  public static byte[] render(Content content) {
    try (PDDocument document = new PDDocument()) {
      PDFont regular = font(document, "DejaVuSans.ttf");
      PDFont bold = font(document, "DejaVuSans-Bold.ttf");
      float size = content.largePrint() ? 16 : 11;
      Writer writer = new Writer(document, size);
      writer.line(bold, content.partnership());
      writer.line(regular, content.date());
      writer.line(regular, content.referenceLine());
      writer.gap();
      for (String line : content.addressee()) {
        writer.line(regular, line);
      }
      writer.gap();
      writer.paragraph(bold, content.subject());
      writer.gap();
      for (String paragraph : content.body().replace("\r", "").split("\n")) {
        if (paragraph.isBlank()) {
          writer.gap();
        } else {
          writer.paragraph(regular, paragraph);
        }
      }
      writer.close();
      document.getDocumentInformation().setTitle(content.subject());
      document.getDocumentInformation().setAuthor(content.partnership());
      document.getDocumentCatalog().setLanguage("cy".equals(content.language()) ? "cy" : "en-GB");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("The letter could not be laid out", e);
    }
  }

  private static PDFont font(PDDocument document, String file) throws IOException {
    try (InputStream in = PdfLetter.class.getResourceAsStream(FONTS + file)) {
      if (in == null) {
        throw new IOException("font " + file + " is missing");
      }
      return PDType0Font.load(document, in);
    }
  }

  /** Writes lines down the page, starting a new page when one is full. */
  private static final class Writer {
    private final PDDocument document;
    private final float size;
    private final float leading;
    private final float width;
    private PDPageContentStream stream;
    private float y;

    Writer(PDDocument document, float size) throws IOException {
      this.document = document;
      this.size = size;
      this.leading = size * 1.45f;
      this.width = PDRectangle.A4.getWidth() - 2 * MARGIN;
      newPage();
    }

    void line(PDFont font, String text) throws IOException {
      if (text == null || text.isBlank()) {
        return;
      }
      if (y < MARGIN + leading) {
        newPage();
      }
      stream.beginText();
      stream.setFont(font, size);
      stream.newLineAtOffset(MARGIN, y);
      stream.showText(clean(text));
      stream.endText();
      y -= leading;
    }

    void paragraph(PDFont font, String text) throws IOException {
      for (String line : wrap(font, clean(text))) {
        line(font, line);
      }
    }

    void gap() {
      y -= leading / 2;
    }

    private List<String> wrap(PDFont font, String text) throws IOException {
      List<String> lines = new ArrayList<>();
      StringBuilder current = new StringBuilder();
      for (String word : text.split(" ")) {
        String candidate = current.isEmpty() ? word : current + " " + word;
        if (font.getStringWidth(candidate) / 1000 * size > width && !current.isEmpty()) {
          lines.add(current.toString());
          current = new StringBuilder(word);
        } else {
          current = new StringBuilder(candidate);
        }
      }
      if (!current.isEmpty()) {
        lines.add(current.toString());
      }
      return lines;
    }

    private void newPage() throws IOException {
      if (stream != null) {
        stream.close();
      }
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      stream = new PDPageContentStream(document, page);
      y = PDRectangle.A4.getHeight() - MARGIN;
    }

    void close() throws IOException {
      stream.close();
    }

    /** Tabs and control characters have no glyph; they become spaces. */
    private static String clean(String text) {
      return text.replaceAll("[\\t\\p{Cntrl}]", " ");
    }
  }
}
