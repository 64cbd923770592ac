package org.saferpartnerships.platform.persistence;

import java.util.List;
import java.util.function.Function;

/** One page of results and the total number of rows matching the filter. */
public record Page<T>(List<T> items, long total) implements java.io.Serializable {

  public Page {
    items = List.copyOf(items);
  }

  public <R> Page<R> map(Function<T, R> mapper) {
    return new Page<>(items.stream().map(mapper).toList(), total);
  }
}
