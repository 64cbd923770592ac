package org.saferpartnerships.accountability.meetings;

/** A meeting called, held (its attendance and minutes recorded) or called off. */
public enum MeetingState {
  CALLED,
  HELD,
  CANCELLED
}
