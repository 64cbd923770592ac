package org.saferpartnerships.accountability.meetings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One responsible authority called to a meeting, and whether (and by whom) it was represented. */
@Entity
@Table(name = "meeting_attendance")
public class MeetingAttendance {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "meeting_id", nullable = false, updatable = false)
  private long meetingId;

  @Column(name = "organisation_id", nullable = false, updatable = false)
  private long organisationId;

  @Enumerated(EnumType.STRING)
  @Column(name = "attendance")
  private Attendance attendance;

  @Column(name = "representative")
  private String representative;

  protected MeetingAttendance() {}

  MeetingAttendance(long meetingId, long organisationId) {
    this.meetingId = meetingId;
    this.organisationId = organisationId;
  }

  void mark(Attendance value, String who) {
    this.attendance = value;
    this.representative = who == null || who.isBlank() ? null : who.strip();
  }

  public long getOrganisationId() {
    return organisationId;
  }

  public Attendance getAttendance() {
    return attendance;
  }

  public String getRepresentative() {
    return representative;
  }
}
