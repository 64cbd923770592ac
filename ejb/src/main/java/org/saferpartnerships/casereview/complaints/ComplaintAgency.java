package org.saferpartnerships.casereview.complaints;

/** The agency a complaint was made to. */
public enum ComplaintAgency {
  POLICE,
  COUNCIL,
  SOCIAL_LANDLORD,
  HEALTH,
  FIRE_AND_RESCUE,
  OTHER
}
