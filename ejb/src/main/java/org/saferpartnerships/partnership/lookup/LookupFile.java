package org.saferpartnerships.partnership.lookup;

import java.util.List;
import org.saferpartnerships.partnership.registry.VintageCounts;

/**
 * A lookup file read and checked whole. The year comes from the column names (LAD19CD gives 2019)
 * and is null where they carry none. The hash is of the rows' content, not the file's bytes, so the
 * same data saved with other line ends or delimiters is recognised as the same.
 */
public record LookupFile(
    String fileName,
    Integer referenceYear,
    List<LookupRow> rows,
    VintageCounts counts,
    String contentSha256) {

  public LookupFile {
    rows = List.copyOf(rows);
  }
}
