package org.saferpartnerships.workflow.sla;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A rung of an escalation ladder: when (working days after breach) and to whose queue. */
@Entity
@Table(name = "escalation_step")
public class EscalationStep {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "policy_id", nullable = false, updatable = false)
  private SlaPolicy policy;

  @Column(name = "step_no", nullable = false, updatable = false)
  private int stepNo;

  @Column(name = "after_days", nullable = false, updatable = false)
  private int afterDays;

  @Enumerated(EnumType.STRING)
  @Column(name = "target", nullable = false, updatable = false)
  private EscalationTarget target;

  @Column(name = "queue", nullable = false, updatable = false)
  private String queue;

  protected EscalationStep() {}

  EscalationStep(SlaPolicy policy, EscalationStep copyOf) {
    this.policy = policy;
    this.stepNo = copyOf.stepNo;
    this.afterDays = copyOf.afterDays;
    this.target = copyOf.target;
    this.queue = copyOf.queue;
  }

  public int getStepNo() {
    return stepNo;
  }

  public int getAfterDays() {
    return afterDays;
  }

  public EscalationTarget getTarget() {
    return target;
  }

  public String getQueue() {
    return queue;
  }
}
