package org.saferpartnerships.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.function.IntFunction;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.saferpartnerships.platform.files.TableFormat;
import org.saferpartnerships.platform.files.TableWriter;
import org.saferpartnerships.platform.persistence.Page;

/**
 * A list exported as CSV, XLSX or ODS: every row matching the list's filters (fetched a page at a
 * time), with the column headings in the page's language. An unknown format falls back to CSV.
 */
public final class TableDownload {

  private static final int PAGE = 500;

  private TableDownload() {}

  /**
   * {@code page} returns page n of the filtered rows, each already turned into cells (text, numbers
   * or dates); the file is called {@code baseName} with the format's extension.
   */
  public static StreamedContent of(
      String format,
      String baseName,
      String title,
      List<String> headings,
      IntFunction<? extends Page<? extends List<?>>> page) {
    TableFormat chosen = TableFormat.byExtension(format);
    if (chosen == null) {
      chosen = TableFormat.CSV;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    long[] written = {0};
    long[] total = {-1};
    TableWriter.write(
        chosen,
        title,
        headings,
        n -> {
          if (total[0] >= 0 && written[0] >= total[0]) {
            return List.of(); // the last page was the last: no query for an empty one
          }
          Page<? extends List<?>> rows = page.apply(n);
          total[0] = rows.total();
          written[0] += rows.items().size();
          return rows.items();
        },
        bytes);
    byte[] content = bytes.toByteArray();
    return DefaultStreamedContent.builder()
        .name(baseName + "." + chosen.extension())
        .contentType(chosen.contentType())
        .contentLength((long) content.length)
        .stream(() -> new ByteArrayInputStream(content))
        .build();
  }

  public static int pageSize() {
    return PAGE;
  }
}
