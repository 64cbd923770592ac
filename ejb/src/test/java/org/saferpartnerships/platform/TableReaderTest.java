package org.saferpartnerships.platform;

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
}
