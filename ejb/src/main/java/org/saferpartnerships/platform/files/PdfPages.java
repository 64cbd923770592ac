package org.saferpartnerships.platform.files;

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
 * Text laid down A4 pages, for the documents the product prints (letters, reports): lines and
 * wrapped paragraphs in DejaVu Sans (embedded, with the Welsh letters ŵ and ŷ), regular or bold, a
 * new page when one is full. Opened on a new document; {@link #finish} names it and returns its
 * bytes.
 */
public final class PdfPages implements AutoCloseable {

  private static final float MARGIN = 56;
  private static final String FONTS = "/org/saferpartnerships/platform/fonts/";

  private final PDDocument document;
  private final PDFont regular;
  private final PDFont bold;
  private final float width;
  private PDPageContentStream stream;
  private float y;

  /** A new document, its first page started. */
  public PdfPages() {
    try {
      document = new PDDocument();
      regular = font("DejaVuSans.ttf");
      bold = font("DejaVuSans-Bold.ttf");
      width = PDRectangle.A4.getWidth() - 2 * MARGIN;
      newPage();
    } catch (IOException e) {
      throw new UncheckedIOException("The fonts could not be loaded", e);
    }
  }

  /** One line, not wrapped; nothing if blank. */
  public PdfPages line(String text, float size, boolean strong) {
    if (text == null || text.isBlank()) {
      return this;
    }
    float leading = size * 1.45f;
    try {
      if (y < MARGIN + leading) {
        newPage();
      }
      stream.beginText();
      stream.setFont(strong ? bold : regular, size);
      stream.newLineAtOffset(MARGIN, y);
      stream.showText(clean(text));
      stream.endText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    y -= leading;
    return this;
  }

  /** A paragraph wrapped to the page's width; each of its own lines kept. */
  public PdfPages paragraph(String text, float size, boolean strong) {
    if (text == null) {
      return this;
    }
    for (String part : text.replace("\r", "").split("\n")) {
      for (String line : wrap(clean(part), size, strong ? bold : regular)) {
        line(line, size, strong);
      }
    }
    return this;
  }

  /** Half a line of space. */
  public PdfPages gap(float size) {
    y -= size * 0.725f;
    return this;
  }

  /** Starts a new page unless the space left is less than {@code lines} lines of this size. */
  public PdfPages keepTogether(int lines, float size) {
    if (y < MARGIN + lines * size * 1.45f) {
      try {
        newPage();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return this;
  }

  /** Names the document (title, author, language) and returns it as PDF bytes. */
  public byte[] finish(String title, String author, String language) {
    try {
      stream.close();
      document.getDocumentInformation().setTitle(title);
      document.getDocumentInformation().setAuthor(author);
      document.getDocumentCatalog().setLanguage("cy".equals(language) ? "cy" : "en-GB");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("The document could not be written", e);
    }
  }

  @Override
  public void close() {
    try {
      document.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private List<String> wrap(String text, float size, PDFont font) {
    List<String> lines = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    try {
      for (String word : text.split(" ")) {
        String candidate = current.isEmpty() ? word : current + " " + word;
        if (font.getStringWidth(candidate) / 1000 * size > width && !current.isEmpty()) {
          lines.add(current.toString());
          current = new StringBuilder(word);
        } else {
          current = new StringBuilder(candidate);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!current.isEmpty()) {
      lines.add(current.toString());
    }
    return lines;
  }

  private PDFont font(String file) throws IOException {
    try (InputStream in = PdfPages.class.getResourceAsStream(FONTS + file)) {
      if (in == null) {
        throw new IOException("font " + file + " is missing");
      }
      return PDType0Font.load(document, in);
    }
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

  /** Tabs and control characters have no glyph; they become spaces. */
  private static String clean(String text) {
    return text.replaceAll("[\\t\\p{Cntrl}]", " ");
  }
}
