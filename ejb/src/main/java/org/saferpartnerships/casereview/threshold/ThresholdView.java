package org.saferpartnerships.casereview.threshold;

import java.time.LocalDate;
import java.util.List;
import org.saferpartnerships.casereview.complaints.ComplaintLine;

/**
 * The computed threshold for a case, with the reason for each complaint: what the coordinator
 * decides from and what the API returns.
 */
public record ThresholdView(
    String reference,
    long ruleId,
    LocalDate ruleValidFrom,
    boolean nationalRule,
    ThresholdTerms terms,
    LocalDate receivedOn,
    LocalDate windowStart,
    int qualifying,
    boolean met,
    ThresholdRoute route,
    String location,
    int shortBy,
    List<ComplaintLine> complaints)
    implements java.io.Serializable {

  public ThresholdView {
    complaints = List.copyOf(complaints);
  }
}
