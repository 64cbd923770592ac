package org.saferpartnerships.platform.files;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.miachm.sods.Range;
import com.github.miachm.sods.SpreadSheet;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TableWriterTest {

  private static final List<String> HEADINGS = List.of("Cod", "Enw", "Ceisiadau", "Diwrnod");

  private static final String INJECTION = "=HYPERLINK(\"http://evil.example\",\"Click\")";

  private static final List<List<Object>> ROWS =
      List.of(
          Arrays.asList("W14000015", "Caerdydd: Gŵyr ŷ", 12L, LocalDate.of(2026, 4, 1)),
          Arrays.asList("E22000013", INJECTION, 0, null),
          Arrays.asList("E22000174", "-1+1", 3.5, LocalDate.of(2027, 3, 31)));

  private static byte[] write(TableFormat format, TableWriter.Rows rows) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    TableWriter.write(format, "Ffigurau’r adolygiad", HEADINGS, rows, out);
    return out.toByteArray();
  }

  @Test
  void csvHasAByteOrderMarkTheWelshLettersAndFormulaeDefused() {
    String text = new String(write(TableFormat.CSV, TableWriter.all(ROWS)), StandardCharsets.UTF_8);
    assertThat(text)
        .startsWith("\uFEFFCod,Enw,Ceisiadau,Diwrnod\r\n")
        .contains("W14000015,Caerdydd: Gŵyr ŷ,12,2026-04-01\r\n")
        .contains("E22000013,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Click\"\")\",0,\r\n")
        .contains("E22000174,'-1+1,3.5,2027-03-31\r\n");
  }

  @Test
  void xlsxKeepsNumbersAndDatesAsSuchAndTextIsNeverAFormula() throws IOException {
    try (XSSFWorkbook book =
        new XSSFWorkbook(
            new ByteArrayInputStream(write(TableFormat.XLSX, TableWriter.all(ROWS))))) {
      Sheet sheet = book.getSheetAt(0);
      assertThat(sheet.getSheetName()).isEqualTo("Ffigurau’r adolygiad");
      assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Enw");
      assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Caerdydd: Gŵyr ŷ");
      assertThat(sheet.getRow(1).getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(sheet.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(12.0);
      assertThat(sheet.getRow(1).getCell(3).getLocalDateTimeCellValue().toLocalDate())
          .isEqualTo(LocalDate.of(2026, 4, 1));
      assertThat(sheet.getRow(2).getCell(1).getCellType()).isEqualTo(CellType.STRING);
      assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo(INJECTION);
      assertThat(sheet.getRow(2).getCell(3)).isNull();
      assertThat(sheet.getLastRowNum()).isEqualTo(3);
    }
  }

  @Test
  void odsKeepsNumbersAndDatesAsSuchAndTheWelshLetters() throws IOException {
    SpreadSheet book =
        new SpreadSheet(new ByteArrayInputStream(write(TableFormat.ODS, TableWriter.all(ROWS))));
    com.github.miachm.sods.Sheet sheet = book.getSheet(0);
    Range data = sheet.getDataRange();
    Object[][] values = data.getValues();
    assertThat(values).hasNumberOfRows(4);
    assertThat(values[0]).containsExactly("Cod", "Enw", "Ceisiadau", "Diwrnod");
    assertThat(values[1][1]).isEqualTo("Caerdydd: Gŵyr ŷ");
    assertThat(values[1][2]).isEqualTo(12.0);
    assertThat(values[1][3]).isEqualTo(LocalDate.of(2026, 4, 1));
    assertThat(values[2][1]).isEqualTo(INJECTION); // a string cell, not a formula
    assertThat(sheet.getRange(2, 1).getFormula()).isNull();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"CSV", "XLSX", "ODS"})
  void everyPageIsWrittenUntilAnEmptyOne(TableFormat format) throws IOException {
    List<Integer> asked = new ArrayList<>();
    byte[] bytes =
        write(
            format,
            n -> {
              asked.add(n);
              return n < 3 ? List.of(List.of("row " + n, "x", n, "")) : List.of();
            });
    assertThat(asked).containsExactly(0, 1, 2, 3);
    assertThat(bytes).isNotEmpty();
  }

  /** Real answers carry a vertical tab (pasted from Word); XML forbids it, and ODS is XML. */
  @Test
  void odsOfTextWithAControlCharacterStaysReadable() throws IOException {
    byte[] ods =
        write(
            TableFormat.ODS,
            TableWriter.all(List.of(List.of("Too\u000bmuch work\u0001", "fine\ttab"))));
    SpreadSheet book = new SpreadSheet(new ByteArrayInputStream(ods));
    Object[][] values = book.getSheet(0).getDataRange().getValues();
    assertThat(values[1][0]).isEqualTo("Too much work ");
    assertThat(values[1][1]).isEqualTo("fine\ttab");
    assertThat(TableWriter.xmlText("plain")).isSameAs("plain");
  }

  @Test
  void formulaLookalikesAreRecognised() {
    assertThat(TableWriter.looksLikeFormula("=1+1")).isTrue();
    assertThat(TableWriter.looksLikeFormula("+44 20")).isTrue();
    assertThat(TableWriter.looksLikeFormula("@SUM(A1)")).isTrue();
    assertThat(TableWriter.looksLikeFormula("\tx")).isTrue();
    assertThat(TableWriter.looksLikeFormula("Mill Road")).isFalse();
    assertThat(TableWriter.looksLikeFormula("")).isFalse();
    assertThat(TableFormat.byExtension(" ODS ")).isEqualTo(TableFormat.ODS);
    assertThat(TableFormat.byExtension("pdf")).isNull();
  }
}
