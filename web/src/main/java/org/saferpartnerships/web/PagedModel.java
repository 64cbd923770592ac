package org.saferpartnerships.web;

import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.saferpartnerships.platform.persistence.Page;
import org.saferpartnerships.platform.persistence.PageRequest;

/**
 * A PrimeFaces lazy table over a directory query: the table asks for a page and a sort, the query
 * pages and sorts in SQL. Filters live in the page's own form (labelled fields, not the table's
 * column filters), so the query function reads them from the bean.
 */
public class PagedModel<T> extends LazyDataModel<T> {

  private static final long serialVersionUID = 1L;

  /** Serializable so the model can live in a view-scoped bean. */
  public interface Query<T> extends Function<PageRequest, Page<T>>, Serializable {}

  /** Serializable row key. */
  public interface Key<T> extends Function<T, String>, Serializable {}

  private final Query<T> query;
  private final Key<T> key;
  private transient Object countedFor;
  private transient long counted;

  public PagedModel(Query<T> query, Key<T> key) {
    this.query = query;
    this.key = key;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) total();
  }

  /**
   * How many rows match the filters now. Counted once per request: the page shows the number above
   * the table and the table asks for it again.
   */
  public long total() {
    Object request = FacesContext.getCurrentInstance();
    if (request == null || request != countedFor) {
      counted = query.apply(PageRequest.of(0, 1)).total();
      countedFor = request;
    }
    return counted;
  }

  @Override
  public List<T> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
    boolean descending = sort != null && sort.getOrder() == SortOrder.DESCENDING;
    String field = sort == null || sort.getOrder() == SortOrder.UNSORTED ? null : sort.getField();
    int size = Math.min(pageSize, PageRequest.MAX_SIZE);
    Page<T> page = query.apply(new PageRequest(first / size, size, field, descending));
    setRowCount((int) page.total());
    return page.items();
  }

  @Override
  public String getRowKey(T row) {
    return key.apply(row);
  }

  @Override
  public T getRowData(String rowKey) {
    return null;
  }
}
