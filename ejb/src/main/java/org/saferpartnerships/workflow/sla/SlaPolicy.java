package org.saferpartnerships.workflow.sla;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One revision of an SLA policy with its escalation ladder. Items point at the revision they
 * started under, so revising a policy (a new revision becomes current) never moves the deadlines of
 * open items.
 */
@Entity
@Table(name = "sla_policy")
public class SlaPolicy {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "code", nullable = false, updatable = false)
  private String code;

  @Column(name = "revision", nullable = false, updatable = false)
  private int revision;

  @Column(name = "name", nullable = false, updatable = false)
  private String name;

  @Column(name = "name_cy", nullable = false, updatable = false)
  private String nameCy;

  @Enumerated(EnumType.STRING)
  @Column(name = "day_kind", nullable = false, updatable = false)
  private DayKind dayKind;

  @Column(name = "due_days", nullable = false, updatable = false)
  private int dueDays;

  @Column(name = "warn_days", nullable = false, updatable = false)
  private int warnDays;

  @Column(name = "current_revision", nullable = false)
  private boolean current;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  @OneToMany(mappedBy = "policy", cascade = CascadeType.PERSIST, fetch = FetchType.EAGER)
  @OrderBy("stepNo")
  private List<EscalationStep> ladder = new ArrayList<>();

  protected SlaPolicy() {}

  public SlaPolicy(SlaPolicy previous, SlaPolicyRevision change, Instant at, String by) {
    this.code = previous.code;
    this.revision = previous.revision + 1;
    this.name = change.name();
    this.nameCy = change.nameCy();
    this.dayKind = change.dayKind();
    this.dueDays = change.dueDays();
    this.warnDays = change.warnDays();
    this.current = true;
    this.createdAt = at;
    this.createdBy = by;
    for (EscalationStep step : previous.ladder) {
      ladder.add(new EscalationStep(this, step));
    }
  }

  public SlaTerms terms() {
    return new SlaTerms(dayKind, dueDays, warnDays);
  }

  /** The ladder step after {@code level} (level 0: not yet escalated). */
  public Optional<EscalationStep> stepAfter(int level) {
    return ladder.stream().filter(step -> step.getStepNo() == level + 1).findFirst();
  }

  public void supersede() {
    this.current = false;
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public int getRevision() {
    return revision;
  }

  public String getName() {
    return name;
  }

  public String getNameCy() {
    return nameCy;
  }

  public DayKind getDayKind() {
    return dayKind;
  }

  public int getDueDays() {
    return dueDays;
  }

  public int getWarnDays() {
    return warnDays;
  }

  public boolean isCurrent() {
    return current;
  }

  public List<EscalationStep> getLadder() {
    return List.copyOf(ladder);
  }
}
