package org.saferpartnerships.web.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.saferpartnerships.platform.errors.ServiceException;
import org.saferpartnerships.platform.files.TableFormat;
import org.saferpartnerships.platform.persistence.Page;

class TableDownloadTest {

  private record Row(String name, int count) {}

  private static final Columns<Row> COLUMNS =
      new Columns<Row>().add("name", "column.name", Row::name).add("count", "", Row::count);

  @Test
  void everyPageIsWrittenAndNoEmptyPageIsAskedFor() {
    List<Integer> asked = new ArrayList<>();
    byte[] csv =
        TableDownload.bytes(
            TableFormat.CSV,
            "Rows",
            COLUMNS.codes(),
            n -> {
              asked.add(n);
              List<Row> rows =
                  n == 0 ? List.of(new Row("a", 1), new Row("b", 2)) : List.of(new Row("=c", 3));
              return new Page<>(rows, 3).map(COLUMNS::cells);
            });
    assertThat(new String(csv, StandardCharsets.UTF_8))
        .contains("name,count")
        .contains("a,1")
        .contains("b,2")
        .contains("'=c,3");
    assertThat(asked).containsExactly(0, 1);
  }

  @Test
  void aListLargerThanADownloadHoldsIsRefusedBeforeAnythingIsWritten() {
    assertThatThrownBy(
            () ->
                TableDownload.bytes(
                    TableFormat.XLSX,
                    "Rows",
                    COLUMNS.codes(),
                    n ->
                        new Page<>(
                            List.of(COLUMNS.cells(new Row("a", 1))), TableDownload.MAX_ROWS + 1L)))
        .isInstanceOf(ServiceException.class)
        .satisfies(e -> assertThat(((ServiceException) e).key()).isEqualTo("export.tooLarge"));
  }

  @Test
  void aCodeIsWrittenInWordsOrAsItself() {
    Columns.Words codes = Columns.Words.CODES;
    assertThat(codes.of("priority.", "URGENT")).isEqualTo("URGENT");
    assertThat(codes.named("queue.", "NIGHT_TEAM")).isEqualTo("NIGHT_TEAM");
    Columns.Words words =
        new Columns.Words(
            key -> {
              if (key.equals("queue.ASB_SPOC")) {
                return "ASB single point of contact";
              }
              throw new java.util.MissingResourceException(key, "messages", key);
            },
            true,
            false);
    assertThat(words.named("queue.", "ASB_SPOC")).isEqualTo("ASB single point of contact");
    assertThat(words.named("queue.", "NIGHT_TEAM")).isEqualTo("Night team");
    assertThat(words.name("Cardiff", "Caerdydd")).isEqualTo("Caerdydd");
    assertThat(words.name("Cambridge", null)).isEqualTo("Cambridge");
    assertThat(COLUMNS.cells(new Row(null, 4))).containsExactly("", 4);
  }
}
