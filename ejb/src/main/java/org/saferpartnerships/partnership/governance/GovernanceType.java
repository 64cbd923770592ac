package org.saferpartnerships.partnership.governance;

/**
 * Who holds PCC functions for a police force area: a police and crime commissioner, a police, fire
 * and crime commissioner, a mayor with PCC functions, or (the City of London) a police authority.
 */
public enum GovernanceType {
  PCC,
  PFCC,
  MAYOR,
  POLICE_AUTHORITY,
  POLICING_AND_CRIME_BOARD
}
