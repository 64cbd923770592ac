package org.saferpartnerships.web.tables;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.function.IntFunction;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.saferpartnerships.platform.errors.ServiceException;
import org.saferpartnerships.platform.files.TableFormat;
import org.saferpartnerships.platform.files.TableWriter;
import org.saferpartnerships.platform.persistence.Page;
import org.saferpartnerships.web.PageMessages;

/**
 * A list exported as CSV, XLSX or ODS: every row matching the list's filters (fetched a page at a
 * time), with the column headings in the page's language. An unknown format falls back to CSV.
 */
public final class TableDownload {

  private static final int PAGE = 500;

  /**
   * The most rows a download holds: written in memory before it is sent, a larger one would take
   * the server's memory from everyone else. Past it the download is refused and says to narrow the
   * filters.
   */
  public static final int MAX_ROWS = 100_000;

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
    byte[] content = bytes(chosen, title, headings, page);
    return DefaultStreamedContent.builder()
        .name(baseName + "." + chosen.extension())
        .contentType(chosen.contentType())
        .contentLength((long) content.length)
        .stream(() -> new ByteArrayInputStream(content))
        .build();
  }

  /**
   * The file's bytes: the headings, then every row, read a page at a time and no further than the
   * total the first page told (no query for an empty last page).
   */
  public static byte[] bytes(
      TableFormat format,
      String title,
      List<String> headings,
      IntFunction<? extends Page<? extends List<?>>> page) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    long[] written = {0};
    long[] total = {-1};
    TableWriter.write(
        format,
        title,
        headings,
        n -> {
          if (total[0] >= 0 && written[0] >= total[0]) {
            return List.of();
          }
          Page<? extends List<?>> rows = page.apply(n);
          if (n == 0 && rows.total() > MAX_ROWS) {
            throw new ServiceException("export.tooLarge", rows.total(), MAX_ROWS);
          }
          total[0] = rows.total();
          written[0] += rows.items().size();
          return rows.items();
        },
        bytes);
    return bytes.toByteArray();
  }

  /**
   * A list with its {@link Columns}: the headings in the page's language, each page of rows read by
   * {@code page} and turned into cells.
   */
  public static <T> StreamedContent of(
      String format,
      String baseName,
      String title,
      Columns<T> columns,
      PageMessages messages,
      IntFunction<Page<T>> page) {
    return of(
        format,
        baseName,
        title,
        columns.headings(messages::text),
        n -> page.apply(n).map(columns::cells));
  }

  /** The request for page n of a download: {@link #pageSize()} rows, sorted as {@code sort}. */
  public static org.saferpartnerships.platform.persistence.PageRequest page(
      int n, String sort, boolean descending) {
    return new org.saferpartnerships.platform.persistence.PageRequest(n, PAGE, sort, descending);
  }

  public static int pageSize() {
    return PAGE;
  }
}
