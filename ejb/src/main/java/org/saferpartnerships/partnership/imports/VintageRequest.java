package org.saferpartnerships.partnership.imports;

import java.time.LocalDate;

/**
 * What an administrator says about a lookup they import: a label and the date it is valid from.
 * Either may be null: the label is then the file's name, the date 1 April of the year the columns
 * name (the day local government changes take effect).
 */
public record VintageRequest(String label, LocalDate validFrom) {

  public static final int LABEL_MAX = 100;

  public static VintageRequest defaults() {
    return new VintageRequest(null, null);
  }

  /** 1 April of the year a lookup's columns name, or null when they name none. */
  public static LocalDate defaultValidFrom(Integer referenceYear) {
    return referenceYear == null ? null : LocalDate.of(referenceYear, 4, 1);
  }
}
