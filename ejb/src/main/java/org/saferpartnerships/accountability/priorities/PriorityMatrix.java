package org.saferpartnerships.accountability.priorities;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * Where a CSP's priorities align with its police and crime plan's: rows are the CSP's priorities
 * (from its plan last sent), columns the plan's; a cell is marked aligned by either side, or
 * suggested where the two share words. The totals say what neither side has covered. {@code
 * version} stands for the marks as read (a change must send it back), {@code markedBy} and {@code
 * markedAt} for the last change of them.
 */
public record PriorityMatrix(
    String cspCode,
    String cspName,
    String cspNameCy,
    String pfaCode,
    Long planSubmissionId,
    String planTitle,
    List<PcpPriority> pcpPriorities,
    List<Row> rows,
    boolean mayMark,
    boolean mayEditPlan,
    String version,
    String markedBy,
    java.time.Instant markedAt)
    implements Serializable {

  public PriorityMatrix {
    pcpPriorities = List.copyOf(pcpPriorities);
    rows = List.copyOf(rows);
  }

  /** A priority of the police and crime plan. */
  public record PcpPriority(long id, String titleEn, String titleCy) implements Serializable {}

  /** A CSP priority, the plan priorities it is marked aligned with, and those suggested. */
  public record Row(String priority, Set<Long> aligned, Set<Long> suggested)
      implements Serializable {

    public Row {
      aligned = Set.copyOf(aligned);
      suggested = Set.copyOf(suggested);
    }

    public boolean alignedWith(long pcpPriority) {
      return aligned.contains(pcpPriority);
    }

    public boolean suggests(long pcpPriority) {
      return suggested.contains(pcpPriority) && !aligned.contains(pcpPriority);
    }
  }

  /** CSP priorities aligned with none of the plan's. */
  public long unalignedCspPriorities() {
    return rows.stream().filter(row -> row.aligned().isEmpty()).count();
  }

  /** Plan priorities no CSP priority is aligned with. */
  public long unaddressedPcpPriorities() {
    return pcpPriorities.stream()
        .filter(p -> rows.stream().noneMatch(row -> row.alignedWith(p.id())))
        .count();
  }
}
