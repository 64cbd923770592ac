package org.saferpartnerships.consultation.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.saferpartnerships.consultation.responses.Answers;
import org.saferpartnerships.platform.files.TableReadException.Problem;
import org.saferpartnerships.platform.files.TableReader;

/**
 * The problems found so far, up to a limit. A value that is not one the consultation knows (an
 * option, a respondent category) is told once, at its first row, with how many rows hold it and the
 * values allowed, however many rows repeat it: a file of 20,000 rows that says "Individual" for
 * "Member of the public" gets one line, not 20,000.
 */
final class ImportProblems {
  final List<Problem> list = new ArrayList<>();
  private final int limit;
  private final Map<String, int[]> repeated = new HashMap<>();

  void add(TableReader.Row row, int column, String key, Object... args) {
    if (!full()) {
      list.add(new Problem(row.number(), TableReader.column(column), key, args));
    }
  }

  /** An unknown value: {@code args} first, the count of its rows added as the last. */
  void unknown(TableReader.Row row, int column, String key, String value, Object... args) {
    String group = column + "\t" + key + "\t" + Answers.normalise(value);
    int[] seen = repeated.get(group);
    if (seen != null) {
      seen[1]++;
      return;
    }
    if (full()) {
      return;
    }
    repeated.put(group, new int[] {list.size(), 1});
    Object[] all = new Object[args.length + 1];
    all[0] = value;
    System.arraycopy(args, 0, all, 1, args.length);
    list.add(new Problem(row.number(), TableReader.column(column), key, all));
  }

  /** Every problem, each unknown value with its count of rows. */
  List<Problem> list() {
    List<Problem> all = new ArrayList<>(list);
    for (int[] seen : repeated.values()) {
      Problem first = all.get(seen[0]);
      Object[] args = java.util.Arrays.copyOf(first.args(), first.args().length + 1);
      args[args.length - 1] = seen[1];
      all.set(seen[0], new Problem(first.row(), first.column(), first.key(), args));
    }
    return all;
  }

  ImportProblems(int limit) {
    this.limit = limit;
  }

  boolean full() {
    return list.size() >= limit;
  }
}
