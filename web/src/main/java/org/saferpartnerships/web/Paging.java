package org.saferpartnerships.web;

import java.io.Serializable;

/**
 * Where a page of a list stands, for its pager: the page shown (from 0), its size and the rows in
 * all. Lists page in the database and render {@code paging.pageNumber} of {@code paging.pages}.
 */
public final class Paging implements Serializable {

  private static final long serialVersionUID = 1L;

  private final int page;
  private final int size;
  private final long total;

  public Paging(int page, int size, long total) {
    this.page = page;
    this.size = size;
    this.total = total;
  }

  /** The last page that has rows (0 when there are none): where a page past the end goes. */
  public static int lastPage(long total, int size) {
    return (int) Math.max(0, (total - 1) / size);
  }

  public int getPage() {
    return page;
  }

  /** The page shown, counted from 1. */
  public int getPageNumber() {
    return page + 1;
  }

  public long getPages() {
    return Math.max(1, (total + size - 1) / size);
  }

  public long getTotal() {
    return total;
  }

  public boolean isPrevious() {
    return page > 0;
  }

  public boolean isNext() {
    return (long) (page + 1) * size < total;
  }
}
