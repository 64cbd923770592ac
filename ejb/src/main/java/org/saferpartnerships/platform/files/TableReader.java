package org.saferpartnerships.platform.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Reads the first sheet of a CSV, XLSX or ODS file as a table of text: a heading row, then rows of
 * cells, each row with its number in the file (the headings are row 1) so that problems can be
 * reported where the user will find them. A file that is not what it claims to be, CSV that is not
 * UTF-8, a row with more cells than there are headings, blank or repeated headings and a file with
 * more rows than the limit are refused with a {@link TableReadException} listing every problem.
 * Rows with fewer cells than headings are padded with empty cells (spreadsheets drop trailing
 * blanks); wholly empty rows are skipped. XLSX is read as a stream of XML events, not into memory.
 */
public final class TableReader {

  /** A row of the file: its number in the file and one cell per heading. */
  public record Row(int number, List<String> cells) {
    public Row {
      cells = List.copyOf(cells);
    }
  }

  /** The table read: its headings and rows. */
  public record Table(List<String> headings, List<Row> rows) {
    public Table {
      headings = List.copyOf(headings);
      rows = List.copyOf(rows);
    }
  }

  private static final int MAX_PROBLEMS = 100;

  /** The most columns a sheet may have: a column declared past it is refused, not made. */
  public static final int MAX_COLUMNS = 1_000;

  /** The most cells a sheet may make, empty ones inside a row included. */
  public static final long MAX_CELLS = 5_000_000;

  /**
   * The most uncompressed bytes an XLSX part may hold: the shared strings are read whole, so a part
   * that inflates without bound would fill the heap.
   */
  static final long MAX_XLSX_PART_BYTES = 256L * 1024 * 1024;

  private TableReader() {}

  public static Table read(TableFormat format, byte[] content, int maxRows) {
    List<List<String>> raw;
    try {
      raw =
          switch (format) {
            case CSV -> csv(content);
            case XLSX -> xlsx(content, maxRows);
            case ODS -> OdsSheetReader.read(content, maxRows);
          };
    } catch (TableReadException e) {
      throw e;
    } catch (IOException
        | RuntimeException
        | org.apache.poi.openxml4j.exceptions.OpenXML4JException
        | org.xml.sax.SAXException
        | javax.xml.parsers.ParserConfigurationException e) {
      // not the format it claims to be (or damaged): one problem for the whole file
      throw new TableReadException(
          List.of(new TableReadException.Problem(0, null, "table.unreadable", format.extension())));
    }
    return shape(raw, maxRows);
  }

  private static Table shape(List<List<String>> raw, int maxRows) {
    List<TableReadException.Problem> problems = new ArrayList<>();
    int first = 0;
    while (first < raw.size() && blank(raw.get(first))) {
      first++;
    }
    if (first == raw.size()) {
      throw new TableReadException(List.of(new TableReadException.Problem(0, null, "table.empty")));
    }
    List<String> headings =
        new ArrayList<>(raw.get(first).stream().map(TableReader::clean).toList());
    while (!headings.isEmpty() && headings.get(headings.size() - 1).isEmpty()) {
      headings.remove(headings.size() - 1);
    }
    for (int c = 0; c < headings.size(); c++) {
      String heading = headings.get(c);
      if (heading.isEmpty()) {
        problems.add(new TableReadException.Problem(first + 1, column(c), "table.heading.blank"));
      } else if (headings.subList(0, c).stream().anyMatch(h -> h.equalsIgnoreCase(heading))) {
        problems.add(
            new TableReadException.Problem(
                first + 1, column(c), "table.heading.repeated", heading));
      }
    }
    List<Row> rows = new ArrayList<>();
    for (int r = first + 1; r < raw.size() && problems.size() < MAX_PROBLEMS; r++) {
      List<String> cells = raw.get(r);
      if (blank(cells)) {
        continue;
      }
      int last = cells.size();
      while (last > headings.size() && clean(cells.get(last - 1)).isEmpty()) {
        last--;
      }
      if (last > headings.size()) {
        problems.add(
            new TableReadException.Problem(
                r + 1, column(headings.size()), "table.ragged", last, headings.size()));
        continue;
      }
      List<String> row = new ArrayList<>(headings.size());
      for (int c = 0; c < headings.size(); c++) {
        row.add(c < cells.size() ? clean(cells.get(c)) : "");
      }
      rows.add(new Row(r + 1, row));
      if (rows.size() > maxRows) {
        problems.add(new TableReadException.Problem(r + 1, null, "table.tooManyRows", maxRows));
        break;
      }
    }
    if (!problems.isEmpty()) {
      throw new TableReadException(problems);
    }
    return new Table(headings, rows);
  }

  /** A column's spreadsheet letter: A, B, ..., Z, AA. */
  public static String column(int index) {
    return CellReference.convertNumToColString(index);
  }

  private static boolean blank(List<String> cells) {
    return cells.stream().allMatch(cell -> cell == null || cell.isBlank());
  }

  private static String clean(String cell) {
    return cell == null ? "" : cell.strip();
  }

  private static List<List<String>> csv(byte[] content) throws IOException {
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(content))
              .toString();
    } catch (CharacterCodingException e) {
      throw new TableReadException(
          List.of(new TableReadException.Problem(0, null, "table.csv.encoding")));
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    List<List<String>> rows = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(text, CSVFormat.RFC4180)) {
      long made = 0;
      for (CSVRecord record : parser) {
        if (record.size() > MAX_COLUMNS) {
          throw tooMany(rows.size() + 1, "table.tooManyColumns", MAX_COLUMNS);
        }
        made += record.size();
        if (made > MAX_CELLS) {
          throw tooMany(rows.size() + 1, "table.tooManyCells", MAX_CELLS);
        }
        List<String> cells = new ArrayList<>(record.size());
        record.forEach(cells::add);
        rows.add(cells);
      }
    } catch (java.io.UncheckedIOException | IllegalStateException e) {
      throw new TableReadException(
          List.of(new TableReadException.Problem(rows.size() + 1, null, "table.csv.quotes")));
    }
    return rows;
  }

  private static List<List<String>> xlsx(byte[] content, int maxRows)
      throws IOException,
          org.apache.poi.openxml4j.exceptions.OpenXML4JException,
          org.xml.sax.SAXException,
          javax.xml.parsers.ParserConfigurationException {
    List<List<String>> rows = new ArrayList<>();
    org.apache.poi.openxml4j.util.ZipSecureFile.setMaxEntrySize(MAX_XLSX_PART_BYTES);
    try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content))) {
      XSSFReader reader = new XSSFReader(pkg);
      Iterator<InputStream> sheets = reader.getSheetsData();
      if (!sheets.hasNext()) {
        return rows;
      }
      ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
      XMLReader parser = XMLHelper.newXMLReader();
      parser.setContentHandler(
          new XSSFSheetXMLHandler(
              reader.getStylesTable(),
              strings,
              new Collector(rows, maxRows),
              new DataFormatter(Locale.UK),
              false));
      try (InputStream sheet = sheets.next()) {
        parser.parse(new InputSource(sheet));
      }
    }
    return rows;
  }

  /** Gathers the cells of each row by column, leaving gaps for the cells a sheet leaves out. */
  private static final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {

    private final List<List<String>> rows;
    private final int maxRows;
    private List<String> current;
    private long made;

    Collector(List<List<String>> rows, int maxRows) {
      this.rows = rows;
      this.maxRows = maxRows;
    }

    @Override
    public void startRow(int rowNum) {
      while (rows.size() < rowNum) {
        rows.add(List.of()); // rows the sheet leaves out are empty
      }
      if (rows.size() > maxRows + 1) {
        throw new TableReadException(
            List.of(
                new TableReadException.Problem(rowNum + 1, null, "table.tooManyRows", maxRows)));
      }
      current = new ArrayList<>();
    }

    @Override
    public void endRow(int rowNum) {
      rows.add(current);
    }

    @Override
    public void cell(String reference, String value, XSSFComment comment) {
      int column = reference == null ? current.size() : new CellReference(reference).getCol();
      if (column >= MAX_COLUMNS) {
        throw tooMany(rows.size() + 1, "table.tooManyColumns", MAX_COLUMNS);
      }
      if (++made > MAX_CELLS) {
        throw tooMany(rows.size() + 1, "table.tooManyCells", MAX_CELLS);
      }
      while (current.size() < column) {
        current.add("");
      }
      current.add(value);
    }
  }

  static TableReadException tooMany(long row, String key, long limit) {
    return new TableReadException(
        List.of(
            new TableReadException.Problem(
                (int) Math.min(row, Integer.MAX_VALUE), null, key, limit)));
  }
}
