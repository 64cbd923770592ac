package org.saferpartnerships.consultation;

/** How a response reached the consultation. */
public enum ResponseChannel {
  /** In a file imported from another tool (Citizen Space, a spreadsheet). */
  IMPORT,
  /** By letter or e-mail, typed in by staff. */
  LETTER
}
