package org.saferpartnerships.accountability.meetings;

/** Whether a responsible authority was represented at a meeting. */
public enum Attendance {
  ATTENDED,
  APOLOGIES,
  ABSENT
}
