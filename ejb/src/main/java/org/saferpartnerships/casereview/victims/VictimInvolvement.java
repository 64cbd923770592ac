package org.saferpartnerships.casereview.victims;

/** How involved the victim chose to be in the review (statutory guidance, July 2025). */
public enum VictimInvolvement {
  /** Invited to the meeting. */
  ATTEND,
  /** Gives their views in writing or through their single point of contact. */
  VIEWS_ONLY,
  /** Told the outcome. */
  OUTCOME_ONLY
}
