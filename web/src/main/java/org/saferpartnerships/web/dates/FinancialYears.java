package org.saferpartnerships.web.dates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** Pages name a financial year "2026–27" through {@code #{financialYears.label(year)}}. */
@Named
@ApplicationScoped
public class FinancialYears {

  public String label(int year) {
    return Years.label(year);
  }
}
