package org.saferpartnerships.casereview.retention;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.saferpartnerships.partnership.registry.Area;

/** How many years after closure a CSP keeps a case's personal data (no CSP: the default). */
@Entity
@Table(name = "retention_rule")
public class RetentionRule {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "csp_id", updatable = false)
  private Area csp;

  @Column(name = "years_after_closure", nullable = false)
  private int yearsAfterClosure;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "updated_by", nullable = false)
  private String updatedBy;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected RetentionRule() {}

  RetentionRule(Area csp, int years, Instant at, String by) {
    this.csp = csp;
    set(years, at, by);
  }

  void set(int years, Instant at, String by) {
    this.yearsAfterClosure = years;
    this.updatedAt = at;
    this.updatedBy = by;
  }

  public Area getCsp() {
    return csp;
  }

  public int getYearsAfterClosure() {
    return yearsAfterClosure;
  }

  public long getVersion() {
    return version;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }
}
