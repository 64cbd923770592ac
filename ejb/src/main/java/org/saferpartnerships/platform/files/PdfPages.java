package org.saferpartnerships.platform.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDParentTreeValue;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.XMPSchema;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * Text laid down A4 pages, for the documents the product prints (letters, reports): headings, lines
 * and wrapped paragraphs in DejaVu Sans (embedded, with the Welsh letters ŵ and ŷ), regular or
 * bold, a new page when one is full. The document is tagged as PDF/UA-1 (ISO 14289-1) asks of
 * public bodies' documents: each heading and paragraph is a structure element (H1, H2, P) in
 * reading order under one Document element, every line drawn is marked content belonging to one of
 * them, and the document carries its language, its title (shown as the window title) and the PDF/UA
 * identification in its XMP metadata. Opened on a new document; {@link #finish} names it and
 * returns its bytes.
 */
public final class PdfPages implements AutoCloseable {

  private static final float MARGIN = 56;
  private static final String FONTS = "/org/saferpartnerships/platform/fonts/";

  private final PDDocument document;
  private final PDFont regular;
  private final PDFont bold;
  private final float width;
  private final PDStructureTreeRoot structure = new PDStructureTreeRoot();
  private final PDStructureElement body;
  private final Map<Integer, PDParentTreeValue> parentTree = new LinkedHashMap<>();
  private PDPage page;
  private COSArray pageParents;
  private PDPageContentStream stream;
  private float y;

  /** A new document, its first page started. */
  public PdfPages() {
    try {
      document = new PDDocument();
      body = new PDStructureElement("Document", structure);
      structure.appendKid(body);
      regular = font("DejaVuSans.ttf");
      bold = font("DejaVuSans-Bold.ttf");
      width = PDRectangle.A4.getWidth() - 2 * MARGIN;
      newPage();
    } catch (IOException e) {
      throw new UncheckedIOException("The fonts could not be loaded", e);
    }
  }

  /** One line, not wrapped, as a paragraph of its own; nothing if blank. */
  public PdfPages line(String text, float size, boolean strong) {
    if (text == null || text.isBlank()) {
      return this;
    }
    show(element("P"), clean(text), size, strong);
    return this;
  }

  /** A heading of the level (1 for the document's title, 2 for its sections), wrapped, in bold. */
  public PdfPages heading(String text, int level, float size) {
    if (text == null || text.isBlank()) {
      return this;
    }
    PDStructureElement heading = element("H" + Math.max(1, Math.min(level, 6)));
    for (String line : wrap(clean(text.replace("\r", "").replace('\n', ' ')), size, bold)) {
      show(heading, line, size, true);
    }
    return this;
  }

  /** A paragraph wrapped to the page's width; each of its own lines kept. Nothing if blank. */
  public PdfPages paragraph(String text, float size, boolean strong) {
    if (text == null || text.isBlank()) {
      return this;
    }
    PDStructureElement paragraph = element("P");
    for (String part : text.replace("\r", "").split("\n")) {
      for (String line : wrap(clean(part), size, strong ? bold : regular)) {
        show(paragraph, line, size, strong);
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

  /**
   * Names the document (title, author, language), completes its structure and metadata for PDF/UA,
   * and returns it as PDF bytes.
   */
  public byte[] finish(String title, String author, String language) {
    String lang = "cy".equals(language) ? "cy" : "en-GB";
    try {
      stream.close();
      document.getDocumentInformation().setTitle(title);
      document.getDocumentInformation().setAuthor(author);
      PDDocumentCatalog catalog = document.getDocumentCatalog();
      catalog.setLanguage(lang);
      PDNumberTreeNode parents = new PDNumberTreeNode(PDParentTreeValue.class);
      parents.setNumbers(parentTree);
      structure.setParentTree(parents);
      structure.setParentTreeNextKey(parentTree.size());
      catalog.setStructureTreeRoot(structure);
      PDMarkInfo marked = new PDMarkInfo();
      marked.setMarked(true);
      catalog.setMarkInfo(marked);
      PDViewerPreferences viewer =
          new PDViewerPreferences(new org.apache.pdfbox.cos.COSDictionary());
      viewer.setDisplayDocTitle(true);
      catalog.setViewerPreferences(viewer);
      PDMetadata metadata = new PDMetadata(document);
      metadata.importXMPMetadata(xmp(title, author, lang));
      catalog.setMetadata(metadata);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("The document could not be written", e);
    }
  }

  /** The XMP metadata: Dublin Core title, creator and language, and PDF/UA part 1. */
  private static byte[] xmp(String title, String author, String language) throws IOException {
    XMPMetadata xmp = XMPMetadata.createXMPMetadata();
    DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
    dc.setTitle(title);
    if (author != null && !author.isBlank()) {
      dc.addCreator(author);
    }
    dc.addLanguage(language);
    XMPSchema ua = new XMPSchema(xmp, "http://www.aiim.org/pdfua/ns/id/", "pdfuaid");
    ua.setIntegerPropertyValueAsSimple("part", 1);
    xmp.addSchema(ua);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      new XmpSerializer().serialize(xmp, out, true);
    } catch (javax.xml.transform.TransformerException e) {
      throw new IOException("The document's metadata could not be written", e);
    }
    return out.toByteArray();
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
    page = new PDPage(PDRectangle.A4);
    document.addPage(page);
    int key = parentTree.size();
    page.setStructParents(key);
    page.getCOSObject().setName(COSName.getPDFName("Tabs"), "S");
    pageParents = new COSArray();
    parentTree.put(key, new PDParentTreeValue(pageParents));
    stream = new PDPageContentStream(document, page);
    y = PDRectangle.A4.getHeight() - MARGIN;
  }

  /** A new structure element of the type, the next in the document's reading order. */
  private PDStructureElement element(String type) {
    PDStructureElement element = new PDStructureElement(type, body);
    body.appendKid(element);
    return element;
  }

  /**
   * Draws one line on the current page (or a new one when it is full) as marked content of the
   * structure element, so that assistive technology reads it as part of that element.
   */
  private void show(PDStructureElement element, String text, float size, boolean strong) {
    float leading = size * 1.45f;
    try {
      if (y < MARGIN + leading) {
        newPage();
      }
      int mcid = pageParents.size();
      stream.beginMarkedContent(COSName.getPDFName(element.getStructureType()), mcid);
      stream.beginText();
      stream.setFont(strong ? bold : regular, size);
      stream.newLineAtOffset(MARGIN, y);
      stream.showText(text);
      stream.endText();
      stream.endMarkedContent();
      PDMarkedContentReference reference = new PDMarkedContentReference();
      reference.setMCID(mcid);
      reference.setPage(page);
      element.appendKid(reference);
      if (element.getPage() == null) {
        element.setPage(page);
      }
      pageParents.add(element);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    y -= leading;
  }

  /** Tabs and control characters have no glyph; they become spaces. */
  private static String clean(String text) {
    return text.replaceAll("[\\t\\p{Cntrl}]", " ");
  }
}
