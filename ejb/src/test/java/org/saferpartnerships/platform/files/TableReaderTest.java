package org.saferpartnerships.platform.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TableReaderTest {

  private static final List<String> HEADINGS = List.of("Respondent", "Q1 Agree?", "Q2 Comments");

  private static final List<List<Object>> ROWS =
      List.of(
          Arrays.asList("R1", "Strongly agree", "Mae’r gwasanaeth yn dda: ŵ ŷ"),
          Arrays.asList("R2", 3L, null),
          Arrays.asList("R3", LocalDate.of(2026, 4, 1), "=HYPERLINK(\"x\")"));

  private static byte[] written(TableFormat format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    TableWriter.write(format, "Responses", HEADINGS, TableWriter.all(ROWS), out);
    return out.toByteArray();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(TableFormat.class)
  void whatTheWriterWritesTheReaderReadsBack(TableFormat format) {
    TableReader.Table table = TableReader.read(format, written(format), 1000);
    assertThat(table.headings()).containsExactlyElementsOf(HEADINGS);
    assertThat(table.rows()).hasSize(3);
    TableReader.Row first = table.rows().get(0);
    assertThat(first.number()).isEqualTo(2);
    assertThat(first.cells())
        .containsExactly("R1", "Strongly agree", "Mae’r gwasanaeth yn dda: ŵ ŷ");
    assertThat(table.rows().get(1).cells()).containsExactly("R2", "3", "");
    assertThat(table.rows().get(2).cells().get(1)).isIn("2026-04-01", "01/04/2026");
    String formula = table.rows().get(2).cells().get(2);
    assertThat(formula).endsWith("=HYPERLINK(\"x\")"); // CSV keeps the apostrophe that defused it
  }

  private static TableReadException refused(String csv) {
    return refused(TableFormat.CSV, csv.getBytes(StandardCharsets.UTF_8), 1000);
  }

  private static TableReadException refused(TableFormat format, byte[] content, int maxRows) {
    try {
      TableReader.read(format, content, maxRows);
    } catch (TableReadException e) {
      return e;
    }
    throw new AssertionError("the file was read");
  }

  @Test
  void csvInAnotherEncodingIsRefused() {
    byte[] latin1 =
        "Name,Comment\r\nRh\u00f4s,Caf\u00e9\r\n".getBytes(Charset.forName("ISO-8859-1"));
    assertThat(refused(TableFormat.CSV, latin1, 1000).problems())
        .extracting(TableReadException.Problem::key)
        .containsExactly("table.csv.encoding");
  }

  @Test
  void aByteOrderMarkAndBlankLinesAndShortRowsAreFine() {
    TableReader.Table table =
        TableReader.read(
            TableFormat.CSV,
            "\uFEFFA,B,C\r\n1,2\r\n\r\n,,\r\n4,5,6,,\r\n".getBytes(StandardCharsets.UTF_8),
            10);
    assertThat(table.headings()).containsExactly("A", "B", "C");
    assertThat(table.rows())
        .extracting(TableReader.Row::number)
        .containsExactly(2, 5); // lines 3 and 4 are empty
    assertThat(table.rows().get(0).cells()).containsExactly("1", "2", "");
  }

  @Test
  void raggedRowsAreReportedByRowAndColumnAllAtOnce() {
    TableReadException e = refused("A,B\r\n1,2\r\n1,2,3\r\n4,5\r\n6,7,8,9\r\n");
    assertThat(e.problems())
        .extracting(p -> p.row() + p.column() + " " + p.key())
        .containsExactly("3C table.ragged", "5C table.ragged");
    assertThat(e.problems().get(1).args()).containsExactly(4, 2);
  }

  @Test
  void blankAndRepeatedHeadingsAreRefused() {
    assertThat(refused("A,,B,a\r\n1,2,3,4\r\n").problems())
        .extracting(p -> p.column() + " " + p.key())
        .containsExactly("B table.heading.blank", "D table.heading.repeated");
  }

  @Test
  void anUnclosedQuoteIsRefused() {
    assertThat(refused("A,B\r\n1,\"never closed\r\n2,3\r\n").problems())
        .extracting(TableReadException.Problem::key)
        .containsExactly("table.csv.quotes");
  }

  @Test
  void tooManyRowsAreRefused() {
    assertThat(
            refused(TableFormat.CSV, "A\n1\n2\n3\n".getBytes(StandardCharsets.UTF_8), 2).problems())
        .extracting(TableReadException.Problem::key)
        .containsExactly("table.tooManyRows");
    assertThat(refused(TableFormat.XLSX, written(TableFormat.XLSX), 2).problems())
        .extracting(TableReadException.Problem::key)
        .containsExactly("table.tooManyRows");
  }

  @Test
  void anEmptyFileIsRefused() {
    assertThat(refused("\r\n\r\n").problems())
        .extracting(TableReadException.Problem::key)
        .containsExactly("table.empty");
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(
      value = TableFormat.class,
      names = {"XLSX", "ODS"})
  void aFileWhoseExtensionLiesIsRefused(TableFormat format) {
    byte[] csv = "A,B\r\n1,2\r\n".getBytes(StandardCharsets.UTF_8);
    TableReadException e = refused(format, csv, 10);
    assertThat(e.problems())
        .extracting(TableReadException.Problem::key)
        .containsExactly("table.unreadable");
    assertThat(e.problems().get(0).args()).containsExactly(format.extension());
  }

  @Test
  void columnsAreNamedAsSpreadsheetsNameThem() {
    assertThat(TableReader.column(0)).isEqualTo("A");
    assertThat(TableReader.column(25)).isEqualTo("Z");
    assertThat(TableReader.column(26)).isEqualTo("AA");
  }

  // ---- declared sizes are judged before anything is made --------------------------------------

  /** An ODS file whose content.xml holds {@code rows} of the sheet, as a few bytes of XML. */
  static byte[] ods(String rows) {
    String content =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<office:document-content"
            + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
            + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
            + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\">"
            + "<office:body><office:spreadsheet><table:table table:name=\"S\">"
            + rows
            + "</table:table></office:spreadsheet></office:body></office:document-content>";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
      zip.putNextEntry(new java.util.zip.ZipEntry("mimetype"));
      zip.write("application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new java.util.zip.ZipEntry("content.xml"));
      zip.write(content.getBytes(StandardCharsets.UTF_8));
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
    return out.toByteArray();
  }

  private static String row(String cells, long repeated) {
    return "<table:table-row table:number-rows-repeated=\""
        + repeated
        + "\">"
        + cells
        + "</table:table-row>";
  }

  private static String cell(String text, long repeated) {
    return "<table:table-cell table:number-columns-repeated=\""
        + repeated
        + "\" office:value-type=\"string\"><text:p>"
        + text
        + "</text:p></table:table-cell>";
  }

  @Test
  void anOdsRowRepeatedAThousandTimesAThousandCellsIsRefusedAtOnce() {
    String headings = row(cell("Q", 1), 1);
    for (long size : new long[] {1_000, 3_000, 1_000_000_000L}) {
      byte[] bomb = ods(headings + row(cell("x", size), size));
      assertThat(bomb.length).isLessThan(2_000);
      long started = System.nanoTime();
      TableReadException e = refused(TableFormat.ODS, bomb, 200_000);
      assertThat(java.time.Duration.ofNanos(System.nanoTime() - started))
          .isLessThan(java.time.Duration.ofMillis(500));
      assertThat(e.problems()).isNotEmpty(); // a thousand wide is ragged; wider is too many
    }
  }

  @Test
  void anOdsSheetWithManyRowsOrCellsDeclaredIsRefusedByItsLimits() {
    String headings = row(cell("Q", 1), 1);
    assertThat(
            refused(TableFormat.ODS, ods(headings + row(cell("x", 1), 300_000)), 200_000)
                .problems())
        .extracting(TableReadException.Problem::key)
        .containsExactly("table.tooManyRows");
    assertThat(
            refused(TableFormat.ODS, ods(headings + row(cell("x", 900), 6_000)), 200_000)
                .problems())
        .extracting(TableReadException.Problem::key)
        .containsExactly("table.tooManyCells");
  }

  @Test
  void emptyRowsAndCellsDeclaredToTheEndOfTheSheetCostNothing() {
    String sheet =
        row(cell("A", 1) + cell("B", 1), 1)
            + row(cell("1", 1) + cell("", 16_000), 1)
            + row(cell("2", 2) + "<table:table-cell table:number-columns-repeated=\"16000\"/>", 1)
            + row("<table:table-cell table:number-columns-repeated=\"1024\"/>", 1_048_000);
    TableReader.Table table = TableReader.read(TableFormat.ODS, ods(sheet), 10);
    assertThat(table.headings()).containsExactly("A", "B");
    assertThat(table.rows())
        .extracting(TableReader.Row::cells)
        .containsExactly(List.of("1", ""), List.of("2", "2"));
  }

  @Test
  void odsCellsKeepTheirSpacesLinesAndTypedValues() {
    String sheet =
        row(cell("A", 1) + cell("B", 1) + cell("C", 1), 1)
            + row(
                "<table:table-cell office:value-type=\"string\"><text:p>two<text:s text:c=\"2\"/>"
                    + "spaces</text:p><text:p>line two</text:p></table:table-cell>"
                    + "<table:table-cell office:value-type=\"float\" office:value=\"3.50\"/>"
                    + "<table:table-cell office:value-type=\"date\""
                    + " office:date-value=\"2026-04-01T00:00:00\"/>",
                1);
    TableReader.Table table = TableReader.read(TableFormat.ODS, ods(sheet), 10);
    assertThat(table.rows().get(0).cells())
        .containsExactly("two  spaces\nline two", "3.5", "2026-04-01");
  }

  @Test
  void aCsvOrXlsxRowWiderThanTheColumnLimitIsRefused() {
    String wide = "A" + ",x".repeat(TableReader.MAX_COLUMNS) + "\r\n";
    assertThat(refused(wide).problems())
        .extracting(TableReadException.Problem::key)
        .containsExactly("table.tooManyColumns");
  }
}
