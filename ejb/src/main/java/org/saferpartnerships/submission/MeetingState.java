package org.saferpartnerships.submission;

/** A meeting called, held (its attendance and minutes recorded) or called off. */
public enum MeetingState {
  CALLED,
  HELD,
  CANCELLED
}
