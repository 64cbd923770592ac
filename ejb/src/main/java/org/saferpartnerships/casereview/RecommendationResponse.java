package org.saferpartnerships.casereview;

/** A body's response to a recommendation, to which it must have regard. */
public enum RecommendationResponse {
  ACCEPTED,
  DECLINED
}
