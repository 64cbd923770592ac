package org.saferpartnerships.casereview;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.time.LocalDate;
import org.saferpartnerships.casereview.threshold.ThresholdOutcome;
import org.saferpartnerships.casereview.threshold.ThresholdRoute;

/**
 * The threshold decision recorded on a case: the outcome, how it was reached, and who decided. Part
 * of {@link CaseReview}, in its table.
 */
@Embeddable
public class ThresholdRecord implements Serializable {

  private static final long serialVersionUID = 1L;

  @Enumerated(EnumType.STRING)
  @Column(name = "threshold_outcome")
  private ThresholdOutcome thresholdOutcome;

  @Enumerated(EnumType.STRING)
  @Column(name = "threshold_route")
  private ThresholdRoute thresholdRoute;

  @Column(name = "threshold_qualifying")
  private Integer thresholdQualifying;

  @Column(name = "threshold_decided_on")
  private LocalDate thresholdDecidedOn;

  @Column(name = "threshold_decided_by")
  private String thresholdDecidedBy;

  @Column(name = "discretion_by")
  private String discretionBy;

  @Column(name = "discretion_reason")
  private String discretionReason;

  protected ThresholdRecord() {}

  ThresholdRecord(
      ThresholdOutcome outcome,
      ThresholdRoute route,
      int qualifying,
      LocalDate on,
      String by,
      String discretionBy,
      String discretionReason) {
    this.thresholdOutcome = outcome;
    this.thresholdRoute = route;
    this.thresholdQualifying = qualifying;
    this.thresholdDecidedOn = on;
    this.thresholdDecidedBy = by;
    this.discretionBy = discretionBy;
    this.discretionReason = discretionReason;
  }

  void anonymise() {
    this.discretionBy = null;
    this.discretionReason = null;
  }

  public ThresholdOutcome getThresholdOutcome() {
    return thresholdOutcome;
  }

  public ThresholdRoute getThresholdRoute() {
    return thresholdRoute;
  }

  public Integer getThresholdQualifying() {
    return thresholdQualifying;
  }

  public LocalDate getThresholdDecidedOn() {
    return thresholdDecidedOn;
  }

  public String getThresholdDecidedBy() {
    return thresholdDecidedBy;
  }

  /** For a discretionary decision: the senior officer who made it. */
  public String getDiscretionBy() {
    return discretionBy;
  }

  public String getDiscretionReason() {
    return discretionReason;
  }
}
