package org.saferpartnerships.it;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/** What the benchmarks share: timing a call, printing its p50/p95, counting rows. */
final class Bench {

  private Bench() {}

  /** Calls {@code call} {@code warmup} times unmeasured, then {@code runs} times; sorted ms. */
  static List<Double> time(Supplier<Object> call, int warmup, int runs) {
    for (int i = 0; i < warmup; i++) {
      call.get();
    }
    List<Double> times = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      call.get();
      times.add((System.nanoTime() - start) / 1e6);
    }
    Collections.sort(times);
    return times;
  }

  /** Prints a BENCH line with the p50 and p95 of sorted times. */
  static void report(String what, List<Double> sorted) {
    System.out.printf(
        Locale.ROOT,
        "BENCH %-70s p50 %8.3f ms  p95 %8.3f ms  (n=%d)%n",
        what,
        sorted.get(sorted.size() / 2),
        sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1),
        sorted.size());
  }

  /** The single number a query answers. */
  static long count(Connection db, String query) throws SQLException {
    try (Statement sql = db.createStatement();
        ResultSet rows = sql.executeQuery(query)) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
