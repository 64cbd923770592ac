package org.saferpartnerships.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.primefaces.model.StreamedContent;
import org.saferpartnerships.platform.persistence.Page;

class TableDownloadTest {

  @Test
  void everyPageIsWrittenAfterTheHeadingsWithAByteOrderMarkAndQuotedCells() throws IOException {
    int total = TableDownload.pageSize() + 3;
    List<Integer> pagesAsked = new ArrayList<>();
    StreamedContent csv =
        TableDownload.of(
            "csv",
            "csps",
            "CSPs",
            List.of("Cod", "Enw"),
            n -> {
              pagesAsked.add(n);
              int from = n * TableDownload.pageSize();
              int to = Math.min(total, from + TableDownload.pageSize());
              List<List<String>> rows =
                  IntStream.range(from, to)
                      .mapToObj(i -> List.of("W" + i, i == 0 ? "Ynys Môn, Gŵyr" : "Row " + i))
                      .toList();
              return new Page<>(rows, total);
            });

    String text = new String(csv.getStream().get().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(csv.getName()).isEqualTo("csps.csv");
    assertThat(csv.getContentType()).startsWith("text/csv");
    assertThat(text).startsWith("\uFEFFCod,Enw\r\nW0,\"Ynys Môn, Gŵyr\"\r\n");
    assertThat(text.split("\r\n")).hasSize(total + 1);
    assertThat(pagesAsked).containsExactly(0, 1);
  }

  @Test
  void theFormatNamesTheFileAndItsTypeAndAnUnknownOneFallsBackToCsv() {
    IntFunction<Page<List<Object>>> rows = n -> new Page<>(List.of(List.of("W1", 2)), 1);
    StreamedContent ods = TableDownload.of("ods", "figures", "Ffigurau", List.of("A", "B"), rows);
    assertThat(ods.getName()).isEqualTo("figures.ods");
    assertThat(ods.getContentType()).isEqualTo("application/vnd.oasis.opendocument.spreadsheet");
    StreamedContent xlsx = TableDownload.of("XLSX", "figures", "Ffigurau", List.of("A", "B"), rows);
    assertThat(xlsx.getName()).isEqualTo("figures.xlsx");
    StreamedContent other = TableDownload.of("pdf", "figures", "Ffigurau", List.of("A", "B"), rows);
    assertThat(other.getName()).isEqualTo("figures.csv");
  }

  @Test
  void anEmptyListGivesJustTheHeadings() throws IOException {
    StreamedContent csv =
        TableDownload.of("csv", "empty", "Empty", List.of("Code"), n -> new Page<>(List.of(), 0));

    assertThat(new String(csv.getStream().get().readAllBytes(), StandardCharsets.UTF_8))
        .isEqualTo("\uFEFFCode\r\n");
  }
}
