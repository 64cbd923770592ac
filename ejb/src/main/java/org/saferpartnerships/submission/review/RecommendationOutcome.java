package org.saferpartnerships.submission.review;

/**
 * The partnership's response to a recommendation of its policing body: accepted with the action it
 * will take, declined with its reasons, or withdrawn by the policing body.
 */
public enum RecommendationOutcome {
  ACCEPTED,
  DECLINED,
  WITHDRAWN
}
