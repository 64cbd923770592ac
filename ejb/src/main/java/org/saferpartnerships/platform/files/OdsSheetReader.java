package org.saferpartnerships.platform.files;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the first sheet of an OpenDocument spreadsheet as rows of text, streaming its content.xml
 * and never expanding what it only declares. ODS compresses repetition into attributes (a row
 * "repeated 1,000 times" of a cell "repeated 1,000 times" is a few bytes), and a reader that
 * expands them first (SODS took 11 s and 240 MB for 1,000 by 1,000, and ran out of heap at 3,000 by
 * 3,000) can be made to exhaust the server by a 1 KB file. Here empty cells and rows that end a row
 * or the sheet cost nothing, and every cell, column and row that would be made counts against the
 * limits at the moment it is declared, so a file past them is refused in milliseconds. The
 * uncompressed XML read is limited too (a zip bomb is refused, not parsed).
 */
final class OdsSheetReader {

  private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
  private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
  private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";

  /** The most uncompressed content.xml read: far more than the largest accepted file needs. */
  static final long MAX_XML_BYTES = 512L * 1024 * 1024;

  private final int maxRows;
  private final List<List<String>> rows = new ArrayList<>();
  private long cells;
  private long pendingEmptyRows;

  private OdsSheetReader(int maxRows) {
    this.maxRows = maxRows;
  }

  static List<List<String>> read(byte[] content, int maxRows) throws IOException {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        if ("content.xml".equals(entry.getName())) {
          return new OdsSheetReader(maxRows).sheet(new Limited(zip, MAX_XML_BYTES));
        }
      }
    }
    throw new IOException("no content.xml: not an OpenDocument spreadsheet");
  }

  private List<List<String>> sheet(InputStream xml) throws IOException {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    try {
      XMLStreamReader reader = factory.createXMLStreamReader(xml);
      while (reader.hasNext()) {
        if (reader.next() == XMLStreamConstants.START_ELEMENT && is(reader, TABLE, "table")) {
          table(reader);
          return rows;
        }
      }
      return rows;
    } catch (XMLStreamException broken) {
      throw new IOException(broken);
    }
  }

  private void table(XMLStreamReader reader) throws XMLStreamException {
    int depth = 1;
    while (depth > 0 && reader.hasNext()) {
      int event = reader.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        if (is(reader, TABLE, "table-row")) {
          row(reader, repeat(reader, "number-rows-repeated"));
        } else {
          depth++;
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
  }

  private void row(XMLStreamReader reader, long repeated) throws XMLStreamException {
    List<String> current = new ArrayList<>();
    long pendingEmptyCells = 0;
    while (reader.hasNext()) {
      int event = reader.next();
      if (event == XMLStreamConstants.END_ELEMENT && is(reader, TABLE, "table-row")) {
        break;
      }
      if (event != XMLStreamConstants.START_ELEMENT
          || !(is(reader, TABLE, "table-cell") || is(reader, TABLE, "covered-table-cell"))) {
        continue;
      }
      long times = repeat(reader, "number-columns-repeated");
      String value = cell(reader);
      if (value.isEmpty()) {
        pendingEmptyCells += times;
        continue;
      }
      long columns = current.size() + pendingEmptyCells + times;
      if (columns > TableReader.MAX_COLUMNS) {
        throw TableReader.tooMany(
            rows.size() + pendingEmptyRows + 1, "table.tooManyColumns", TableReader.MAX_COLUMNS);
      }
      current.addAll(Collections.nCopies((int) pendingEmptyCells, ""));
      current.addAll(Collections.nCopies((int) times, value));
      pendingEmptyCells = 0;
    }
    if (current.isEmpty()) {
      pendingEmptyRows += repeated;
      return;
    }
    long index = rows.size() + pendingEmptyRows + repeated;
    if (index > maxRows + 1L) {
      throw TableReader.tooMany(Math.min(index, Integer.MAX_VALUE), "table.tooManyRows", maxRows);
    }
    cells += current.size() * repeated;
    if (cells > TableReader.MAX_CELLS) {
      throw TableReader.tooMany(rows.size() + 1, "table.tooManyCells", TableReader.MAX_CELLS);
    }
    rows.addAll(Collections.nCopies((int) pendingEmptyRows, List.of()));
    pendingEmptyRows = 0;
    List<String> row = List.copyOf(current);
    rows.addAll(Collections.nCopies((int) repeated, row));
  }

  /** The cell's value as text, reading to the end of the cell. */
  private static String cell(XMLStreamReader reader) throws XMLStreamException {
    String type = reader.getAttributeValue(OFFICE, "value-type");
    String typed =
        switch (type == null ? "" : type) {
          case "float", "percentage", "currency" ->
              number(reader.getAttributeValue(OFFICE, "value"));
          case "date" -> date(reader.getAttributeValue(OFFICE, "date-value"));
          case "time" -> reader.getAttributeValue(OFFICE, "time-value");
          case "boolean" -> reader.getAttributeValue(OFFICE, "boolean-value");
          default -> null;
        };
    StringBuilder text = new StringBuilder();
    int depth = 1;
    int paragraphs = 0;
    while (depth > 0 && reader.hasNext()) {
      int event = reader.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
        if (is(reader, TEXT, "p") && paragraphs++ > 0) {
          text.append('\n');
        } else if (is(reader, TEXT, "s")) {
          String count = reader.getAttributeValue(TEXT, "c");
          text.append(" ".repeat(count == null ? 1 : (int) Math.min(parse(count), 1000)));
        } else if (is(reader, TEXT, "tab")) {
          text.append('\t');
        } else if (is(reader, TEXT, "line-break")) {
          text.append('\n');
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
        if (typed == null) {
          text.append(reader.getText());
        }
      }
    }
    return typed != null ? typed : text.toString();
  }

  private static String number(String value) {
    if (value == null) {
      return "";
    }
    try {
      BigDecimal decimal = new BigDecimal(value.trim()).stripTrailingZeros();
      return decimal.scale() <= 0 ? decimal.toBigInteger().toString() : decimal.toPlainString();
    } catch (NumberFormatException notANumber) {
      return value;
    }
  }

  private static String date(String value) {
    if (value == null || value.indexOf('T') < 0) {
      return value == null ? "" : value;
    }
    try {
      LocalDateTime time = LocalDateTime.parse(value);
      return time.getHour() == 0 && time.getMinute() == 0 && time.getSecond() == 0
          ? time.toLocalDate().toString()
          : time.toString();
    } catch (java.time.format.DateTimeParseException notIso) {
      return value;
    }
  }

  private static long repeat(XMLStreamReader reader, String attribute) {
    String value = reader.getAttributeValue(TABLE, attribute);
    return value == null ? 1 : Math.max(1, parse(value));
  }

  private static long parse(String number) {
    try {
      return Long.parseLong(number.trim());
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  private static boolean is(XMLStreamReader reader, String namespace, String name) {
    return name.equals(reader.getLocalName()) && namespace.equals(reader.getNamespaceURI());
  }

  /** Refuses to read past a number of bytes: a compressed entry may inflate without bound. */
  private static final class Limited extends FilterInputStream {

    private long left;

    Limited(InputStream in, long limit) {
      super(in);
      this.left = limit;
    }

    @Override
    public int read() throws IOException {
      if (left <= 0) {
        throw new IOException("content.xml is larger than " + MAX_XML_BYTES + " bytes");
      }
      int b = super.read();
      if (b >= 0) {
        left--;
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      if (left <= 0) {
        throw new IOException("content.xml is larger than " + MAX_XML_BYTES + " bytes");
      }
      int n = super.read(buffer, offset, (int) Math.min(length, left));
      if (n > 0) {
        left -= n;
      }
      return n;
    }
  }
}
