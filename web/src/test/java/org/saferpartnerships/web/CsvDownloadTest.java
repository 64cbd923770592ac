package org.saferpartnerships.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.primefaces.model.StreamedContent;
import org.saferpartnerships.platform.Page;

class CsvDownloadTest {

  @Test
  void everyPageIsWrittenAfterTheHeadingsWithAByteOrderMarkAndQuotedCells() throws IOException {
    int total = CsvDownload.pageSize() + 3;
    List<Integer> pagesAsked = new ArrayList<>();
    StreamedContent csv =
        CsvDownload.of(
            "csps.csv",
            List.of("Cod", "Enw"),
            n -> {
              pagesAsked.add(n);
              int from = n * CsvDownload.pageSize();
              int to = Math.min(total, from + CsvDownload.pageSize());
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
  void anEmptyListGivesJustTheHeadings() throws IOException {
    StreamedContent csv =
        CsvDownload.of("empty.csv", List.of("Code"), n -> new Page<>(List.of(), 0));

    assertThat(new String(csv.getStream().get().readAllBytes(), StandardCharsets.UTF_8))
        .isEqualTo("\uFEFFCode\r\n");
  }
}
