package org.saferpartnerships.casereview.victims;

import java.time.LocalDate;
import java.util.List;
import org.saferpartnerships.casereview.ContactMethod;

/**
 * A victim's logged reports and whether the coordinator is prompted to tell them about the case
 * review (a second report within six months, and not yet told).
 */
public record VictimView(
    long id,
    String cspCode,
    String name,
    String contact,
    List<VictimReportLine> reports,
    boolean prompt,
    LocalDate toldOn,
    String toldBy,
    ContactMethod toldHow,
    long version)
    implements java.io.Serializable {

  public VictimView {
    reports = List.copyOf(reports);
  }
}
