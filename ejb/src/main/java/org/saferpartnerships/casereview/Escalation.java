package org.saferpartnerships.casereview;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.time.LocalDate;
import org.saferpartnerships.casereview.review.EscalationOutcome;

/**
 * A request that the policing body review the case's handling, and its outcome. Part of {@link
 * CaseReview}, in its table.
 */
@Embeddable
public class Escalation implements Serializable {

  private static final long serialVersionUID = 1L;

  @Column(name = "escalation_item_id")
  private Long escalationItemId;

  @Column(name = "escalation_requested_on")
  private LocalDate escalationRequestedOn;

  @Column(name = "escalation_grounds")
  private String escalationGrounds;

  @Enumerated(EnumType.STRING)
  @Column(name = "escalation_outcome")
  private EscalationOutcome escalationOutcome;

  @Column(name = "escalation_reasons")
  private String escalationReasons;

  @Column(name = "escalation_decided_on")
  private LocalDate escalationDecidedOn;

  protected Escalation() {}

  Escalation(long itemId, LocalDate on, String grounds) {
    this.escalationItemId = itemId;
    this.escalationRequestedOn = on;
    this.escalationGrounds = CaseReview.trim(grounds);
    this.escalationOutcome = EscalationOutcome.REQUESTED;
  }

  void decided(EscalationOutcome outcome, String reasons, LocalDate on) {
    this.escalationOutcome = outcome;
    if (reasons != null) {
      this.escalationReasons = CaseReview.trim(reasons);
    }
    if (outcome != EscalationOutcome.HEARING) {
      this.escalationDecidedOn = on;
    }
  }

  void anonymise() {
    this.escalationGrounds = null;
    this.escalationReasons = null;
  }

  public Long getEscalationItemId() {
    return escalationItemId;
  }

  public LocalDate getEscalationRequestedOn() {
    return escalationRequestedOn;
  }

  public String getEscalationGrounds() {
    return escalationGrounds;
  }

  public EscalationOutcome getEscalationOutcome() {
    return escalationOutcome;
  }

  public String getEscalationReasons() {
    return escalationReasons;
  }

  public LocalDate getEscalationDecidedOn() {
    return escalationDecidedOn;
  }
}
