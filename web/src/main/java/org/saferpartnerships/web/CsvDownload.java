package org.saferpartnerships.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.IntFunction;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.saferpartnerships.platform.Page;

/**
 * A list exported as CSV: every row matching the list's filters (fetched a page at a time), with
 * the column headings in the page's language. Starts with a byte-order mark so that spreadsheet
 * programs read Welsh letters (ŵ, ŷ, ô) as UTF-8.
 */
public final class CsvDownload {

  private static final int PAGE = 500;

  private CsvDownload() {}

  /** {@code page} returns page n of the filtered rows, each already turned into cells. */
  public static StreamedContent of(
      String fileName, List<String> headings, IntFunction<Page<List<String>>> page) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
      writer.write('\uFEFF');
      printer.printRecord(headings);
      long written = 0;
      for (int n = 0; ; n++) {
        Page<List<String>> rows = page.apply(n);
        for (List<String> row : rows.items()) {
          printer.printRecord(row);
        }
        written += rows.items().size();
        if (rows.items().isEmpty() || written >= rows.total()) {
          break;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    byte[] content = bytes.toByteArray();
    return DefaultStreamedContent.builder()
        .name(fileName)
        .contentType("text/csv; charset=UTF-8")
        .contentLength((long) content.length)
        .stream(() -> new java.io.ByteArrayInputStream(content))
        .build();
  }

  public static int pageSize() {
    return PAGE;
  }
}
