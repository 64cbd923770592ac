package org.saferpartnerships.casereview.review;

/** A body's response to a recommendation, to which it must have regard. */
public enum RecommendationResponse {
  ACCEPTED,
  DECLINED
}
