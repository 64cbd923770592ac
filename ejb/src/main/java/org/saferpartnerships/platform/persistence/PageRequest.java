package org.saferpartnerships.platform.persistence;

/**
 * One page of a list, as asked for by a user or an API client: zero-based page, page size, and a
 * sort key that each repository maps onto a whitelist of columns.
 */
public record PageRequest(int page, int size, String sort, boolean descending) {

  public static final int MAX_SIZE = 500;

  public PageRequest {
    if (page < 0) {
      throw new IllegalArgumentException("page must be zero or more");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE);
    }
  }

  public static PageRequest of(int page, int size) {
    return new PageRequest(page, size, null, false);
  }

  public int offset() {
    return page * size;
  }
}
