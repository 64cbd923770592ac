package org.saferpartnerships.accountability.priorities;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** That a CSP's priority (by its words) aligns with a priority of the police and crime plan. */
@Entity
@Table(name = "priority_alignment")
public class PriorityAlignment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "csp_id", nullable = false, updatable = false)
  private long cspId;

  @Column(name = "csp_priority", nullable = false, updatable = false)
  private String cspPriority;

  @Column(name = "pcp_priority_id", nullable = false, updatable = false)
  private long pcpPriorityId;

  @Column(name = "marked_at", nullable = false, updatable = false)
  private Instant markedAt;

  @Column(name = "marked_by", nullable = false, updatable = false)
  private String markedBy;

  protected PriorityAlignment() {}

  PriorityAlignment(long cspId, String cspPriority, long pcpPriorityId, Instant at, String by) {
    this.cspId = cspId;
    this.cspPriority = cspPriority;
    this.pcpPriorityId = pcpPriorityId;
    this.markedAt = at;
    this.markedBy = by;
  }

  public String getCspPriority() {
    return cspPriority;
  }

  public long getPcpPriorityId() {
    return pcpPriorityId;
  }

  public java.time.Instant getMarkedAt() {
    return markedAt;
  }

  public String getMarkedBy() {
    return markedBy;
  }
}
