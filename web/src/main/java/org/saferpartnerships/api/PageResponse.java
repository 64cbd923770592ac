package org.saferpartnerships.api;

import java.util.List;
import org.saferpartnerships.platform.persistence.Page;
import org.saferpartnerships.platform.persistence.PageRequest;

/** One page of a list: the items, how many match in all, and the page asked for. */
public record PageResponse<T>(List<T> items, long total, int page, int size) {

  public static <T> PageResponse<T> of(Page<T> result, PageRequest request) {
    return new PageResponse<>(result.items(), result.total(), request.page(), request.size());
  }
}
