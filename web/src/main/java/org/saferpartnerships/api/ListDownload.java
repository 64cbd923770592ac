package org.saferpartnerships.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.function.IntFunction;
import org.saferpartnerships.platform.files.TableFormat;
import org.saferpartnerships.platform.persistence.Page;
import org.saferpartnerships.platform.persistence.PageRequest;
import org.saferpartnerships.web.tables.Columns;
import org.saferpartnerships.web.tables.TableDownload;

/**
 * {@code format=csv|xlsx|ods} on an API list: every row its filters match (not one page), with the
 * columns' codes as headings and codes as values, named {@code <list>.<extension>}. Without it, or
 * with {@code format=json}, the list answers its JSON page as always; another format is refused.
 */
public final class ListDownload {

  /** The media types a list with downloads produces, for its {@code @Produces}. */
  public static final String CSV = "text/csv";

  public static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  public static final String ODS = "application/vnd.oasis.opendocument.spreadsheet";

  private ListDownload() {}

  /** The file format asked for; empty for JSON. An unknown one is a 400 naming the parameter. */
  public static Optional<TableFormat> format(String format) {
    if (format == null || format.isBlank() || "json".equalsIgnoreCase(format.trim())) {
      return Optional.empty();
    }
    TableFormat file = TableFormat.byExtension(format.trim().toLowerCase(java.util.Locale.ROOT));
    if (file == null) {
      throw new InvalidParameterException("format", format);
    }
    return Optional.of(file);
  }

  /**
   * The list as a file, read {@link TableDownload#pageSize()} rows at a time in the order {@code
   * request} asks (its page and size are not used).
   */
  public static <T> Response file(
      TableFormat format,
      String name,
      String title,
      Columns<T> columns,
      PageRequest request,
      java.util.function.Function<PageRequest, Page<T>> list) {
    IntFunction<Page<java.util.List<Object>>> page =
        n ->
            list.apply(
                    new PageRequest(
                        n, TableDownload.pageSize(), request.sort(), request.descending()))
                .map(columns::cells);
    byte[] content = TableDownload.bytes(format, title, columns.codes(), page);
    return FileTransfer.attachment(content, format.contentType(), name + "." + format.extension());
  }

  /**
   * The list's answer: its JSON page, or, with {@code format} csv, xlsx or ods, every matching row
   * as a file named {@code name}.
   */
  public static <T> Response answer(
      String format,
      String name,
      String title,
      Columns<T> columns,
      PageRequest request,
      java.util.function.Function<PageRequest, Page<T>> list) {
    return format(format)
        .map(file -> file(file, name, title, columns, request, list))
        .orElseGet(() -> json(list.apply(request), request));
  }

  /** A JSON page of the list. */
  public static <T> Response json(Page<T> page, PageRequest request) {
    return Response.ok(PageResponse.of(page, request), MediaType.APPLICATION_JSON).build();
  }
}
