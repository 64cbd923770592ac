package org.saferpartnerships.accountability.meetings;

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
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.saferpartnerships.partnership.registry.Area;
import org.saferpartnerships.partnership.registry.Organisation;

/**
 * A meeting a policing body called of the representatives of a CSP's responsible authorities (SI
 * 2007/1830 reg 14A).
 */
@Entity
@Table(name = "accountability_meeting")
public class Meeting {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "pfa_id", nullable = false, updatable = false)
  private Area pfa;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "csp_id", nullable = false, updatable = false)
  private Area csp;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "body_id", nullable = false, updatable = false)
  private Organisation body;

  @Column(name = "title", nullable = false)
  private String title;

  @Column(name = "held_on", nullable = false)
  private LocalDate heldOn;

  @Column(name = "location")
  private String location;

  @Column(name = "agenda", nullable = false)
  private String agenda;

  @Column(name = "minutes")
  private String minutes;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", nullable = false)
  private MeetingState state;

  @Column(name = "cancel_reason")
  private String cancelReason;

  @Column(name = "called_at", nullable = false, updatable = false)
  private Instant calledAt;

  @Column(name = "called_by", nullable = false, updatable = false)
  private String calledBy;

  @Column(name = "recorded_at")
  private Instant recordedAt;

  @Column(name = "recorded_by")
  private String recordedBy;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Meeting() {}

  Meeting(
      Area pfa,
      Area csp,
      Organisation body,
      String title,
      LocalDate heldOn,
      String location,
      String agenda,
      Instant at,
      String by) {
    this.pfa = pfa;
    this.csp = csp;
    this.body = body;
    this.title = title;
    this.heldOn = heldOn;
    this.location = location;
    this.agenda = agenda;
    this.state = MeetingState.CALLED;
    this.calledAt = at;
    this.calledBy = by;
  }

  void record(String text, Instant at, String by) {
    this.minutes = text;
    this.state = MeetingState.HELD;
    this.recordedAt = at;
    this.recordedBy = by;
  }

  void cancel(String reason) {
    this.state = MeetingState.CANCELLED;
    this.cancelReason = reason;
  }

  public Long getId() {
    return id;
  }

  public Area getPfa() {
    return pfa;
  }

  public Area getCsp() {
    return csp;
  }

  public Organisation getBody() {
    return body;
  }

  public String getTitle() {
    return title;
  }

  public LocalDate getHeldOn() {
    return heldOn;
  }

  public String getLocation() {
    return location;
  }

  public String getAgenda() {
    return agenda;
  }

  public String getMinutes() {
    return minutes;
  }

  public MeetingState getState() {
    return state;
  }

  public String getCancelReason() {
    return cancelReason;
  }

  public String getCalledBy() {
    return calledBy;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public long getVersion() {
    return version;
  }
}
