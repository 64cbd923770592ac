package org.saferpartnerships.consultation.responses;

/** How a response reached the consultation. */
public enum ResponseChannel {
  /** In a file imported from another tool (Citizen Space, a spreadsheet). */
  IMPORT,
  /** By letter or e-mail, typed in by staff. */
  LETTER
}
