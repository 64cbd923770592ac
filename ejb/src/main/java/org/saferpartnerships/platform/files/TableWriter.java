package org.saferpartnerships.platform.files;

import com.github.miachm.sods.Sheet;
import com.github.miachm.sods.SpreadSheet;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a table (headings, then rows of cells) as CSV, XLSX or ODS. Cells are text, numbers or
 * dates, and numbers and dates stay numbers and dates in the spreadsheets. Text that a spreadsheet
 * would run as a formula (starting with =, +, -, @, a tab or a carriage return) is written as text
 * in XLSX and ODS, and in CSV, which has no types, after an apostrophe, so that opening an export
 * never runs what someone typed into the product. CSV starts with a byte-order mark so that
 * spreadsheet programs read Welsh letters (ŵ, ŷ) as UTF-8.
 */
public final class TableWriter {

  /** XLSX rows kept in memory while writing; the rest go to a temporary file. */
  private static final int XLSX_WINDOW = 200;

  private TableWriter() {}

  /** A source of rows, read a page at a time until it returns an empty page. */
  @FunctionalInterface
  public interface Rows {
    List<? extends List<?>> page(int number);
  }

  public static void write(
      TableFormat format, String title, List<String> headings, Rows rows, OutputStream out) {
    try {
      switch (format) {
        case CSV -> csv(headings, rows, out);
        case XLSX -> xlsx(title, headings, rows, out);
        case ODS -> ods(title, headings, rows, out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Rows given at once. */
  public static Rows all(List<? extends List<?>> rows) {
    return n -> n == 0 ? rows : List.of();
  }

  /** Whether a spreadsheet would read this text as a formula. */
  public static boolean looksLikeFormula(String text) {
    if (text == null || text.isEmpty()) {
      return false;
    }
    char first = text.charAt(0);
    return first == '='
        || first == '+'
        || first == '-'
        || first == '@'
        || first == '\t'
        || first == '\r';
  }

  private static void csv(List<String> headings, Rows rows, OutputStream out) throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
    writer.write('\uFEFF');
    printer.printRecord(headings);
    for (int n = 0; ; n++) {
      List<? extends List<?>> page = rows.page(n);
      if (page.isEmpty()) {
        break;
      }
      for (List<?> row : page) {
        List<String> cells = new ArrayList<>(row.size());
        for (Object cell : row) {
          cells.add(csvCell(cell));
        }
        printer.printRecord(cells);
      }
    }
    printer.flush();
  }

  private static String csvCell(Object cell) {
    if (cell == null) {
      return "";
    }
    if (cell instanceof Number || cell instanceof LocalDate) {
      return cell.toString();
    }
    String text = cell.toString();
    return looksLikeFormula(text) ? "'" + text : text;
  }

  private static void xlsx(String title, List<String> headings, Rows rows, OutputStream out)
      throws IOException {
    SXSSFWorkbook workbook = new SXSSFWorkbook(XLSX_WINDOW);
    try {
      SXSSFSheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(title));
      CellStyle bold = workbook.createCellStyle();
      Font font = workbook.createFont();
      font.setBold(true);
      bold.setFont(font);
      CellStyle date = workbook.createCellStyle();
      date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
      Row head = sheet.createRow(0);
      for (int c = 0; c < headings.size(); c++) {
        Cell cell = head.createCell(c);
        cell.setCellValue(headings.get(c));
        cell.setCellStyle(bold);
      }
      sheet.createFreezePane(0, 1);
      int r = 1;
      for (int n = 0; ; n++) {
        List<? extends List<?>> page = rows.page(n);
        if (page.isEmpty()) {
          break;
        }
        for (List<?> values : page) {
          Row row = sheet.createRow(r++);
          for (int c = 0; c < values.size(); c++) {
            Object value = values.get(c);
            if (value == null) {
              continue;
            }
            Cell cell = row.createCell(c);
            if (value instanceof Number number) {
              cell.setCellValue(number.doubleValue());
            } else if (value instanceof LocalDate day) {
              cell.setCellValue(day);
              cell.setCellStyle(date);
            } else {
              cell.setCellValue(value.toString()); // a text cell: never a formula
            }
          }
        }
      }
      workbook.write(out);
    } finally {
      workbook.dispose();
      workbook.close();
    }
  }

  /**
   * The text with each character XML 1.0 forbids (controls other than tab, line feed and carriage
   * return, such as the vertical tab that answers pasted from Word carry) made a space: an ODS file
   * is XML, and one such character makes the whole file unreadable.
   */
  static String xmlText(String text) {
    StringBuilder clean = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean allowed =
          c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
      if (!allowed) {
        if (clean == null) {
          clean = new StringBuilder(text);
        }
        clean.setCharAt(i, ' ');
      }
    }
    return clean == null ? text : clean.toString();
  }

  private static void ods(String title, List<String> headings, Rows rows, OutputStream out)
      throws IOException {
    List<Object[]> lines = new ArrayList<>();
    lines.add(headings.stream().map(TableWriter::xmlText).toArray());
    for (int n = 0; ; n++) {
      List<? extends List<?>> page = rows.page(n);
      if (page.isEmpty()) {
        break;
      }
      for (List<?> values : page) {
        Object[] line = new Object[headings.size()];
        for (int c = 0; c < values.size() && c < line.length; c++) {
          Object value = values.get(c);
          line[c] =
              value instanceof Number number
                  ? (Object) number.doubleValue()
                  : value instanceof LocalDate
                      ? value
                      : value == null ? null : xmlText(value.toString());
        }
        lines.add(line);
      }
    }
    Sheet sheet =
        new Sheet(
            title.length() > 31 ? title.substring(0, 31) : title,
            lines.size(),
            Math.max(1, headings.size()));
    sheet.getRange(0, 0, lines.size(), headings.size()).setValues(lines.toArray(new Object[0][]));
    sheet.getRange(0, 0, 1, headings.size()).setFontBold(true);
    SpreadSheet spreadsheet = new SpreadSheet();
    spreadsheet.appendSheet(sheet);
    spreadsheet.save(out);
  }
}
