package org.saferpartnerships.accountability.grants;

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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.saferpartnerships.partnership.registry.Area;
import org.saferpartnerships.partnership.registry.Organisation;

/**
 * A crime and disorder reduction grant (PRSRA 2011 s9) a policing body gave: to whom, for what, how
 * much, for which financial year and on what conditions; when its monitoring return is due and what
 * was repaid under the conditions.
 */
@Entity
@Table(name = "crime_grant")
public class CrimeGrant {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "pfa_id", nullable = false, updatable = false)
  private Area pfa;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "body_id", nullable = false, updatable = false)
  private Organisation body;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "csp_id")
  private Area csp;

  @Column(name = "recipient", nullable = false)
  private String recipient;

  @Column(name = "purpose", nullable = false)
  private String purpose;

  @Column(name = "amount", nullable = false)
  private BigDecimal amount;

  @Column(name = "financial_year", nullable = false)
  private int financialYear;

  @Column(name = "awarded_on", nullable = false)
  private LocalDate awardedOn;

  @Column(name = "conditions")
  private String conditions;

  @Column(name = "monitoring_due_on")
  private LocalDate monitoringDueOn;

  @Column(name = "repaid_amount")
  private BigDecimal repaidAmount;

  @Column(name = "repayment_note")
  private String repaymentNote;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "updated_by", nullable = false)
  private String updatedBy;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected CrimeGrant() {}

  CrimeGrant(Area pfa, Organisation body, Instant at, String by) {
    this.pfa = pfa;
    this.body = body;
    this.createdAt = at;
    this.createdBy = by;
  }

  void fill(GrantRequest request, Area recipientCsp, Instant at, String by) {
    this.csp = recipientCsp;
    this.recipient = request.recipient().strip();
    this.purpose = request.purpose().strip();
    this.amount = request.amount();
    this.financialYear = request.financialYear();
    this.awardedOn = request.awardedOn();
    this.conditions =
        request.conditions() == null || request.conditions().isBlank()
            ? null
            : request.conditions().strip();
    this.monitoringDueOn = request.monitoringDueOn();
    this.repaidAmount = request.repaidAmount();
    this.repaymentNote =
        request.repaymentNote() == null || request.repaymentNote().isBlank()
            ? null
            : request.repaymentNote().strip();
    this.updatedAt = at;
    this.updatedBy = by;
  }

  public Long getId() {
    return id;
  }

  public Area getPfa() {
    return pfa;
  }

  public Organisation getBody() {
    return body;
  }

  public Area getCsp() {
    return csp;
  }

  public String getRecipient() {
    return recipient;
  }

  public String getPurpose() {
    return purpose;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public int getFinancialYear() {
    return financialYear;
  }

  public LocalDate getAwardedOn() {
    return awardedOn;
  }

  public String getConditions() {
    return conditions;
  }

  public LocalDate getMonitoringDueOn() {
    return monitoringDueOn;
  }

  public BigDecimal getRepaidAmount() {
    return repaidAmount;
  }

  public String getRepaymentNote() {
    return repaymentNote;
  }

  public long getVersion() {
    return version;
  }
}
