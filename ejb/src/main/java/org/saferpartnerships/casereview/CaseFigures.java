package org.saferpartnerships.casereview;

/**
 * The four figures the relevant bodies must publish for an area and period (DOMAIN.md section 4),
 * computed from the case records: applications received, times the threshold was not met, reviews
 * carried out, and reviews that led to recommendations.
 */
public record CaseFigures(
    String cspCode,
    String cspName,
    String cspNameCy,
    String pfaCode,
    String pfaName,
    long applications,
    long thresholdNotMet,
    long reviews,
    long reviewsWithRecommendations)
    implements java.io.Serializable {

  public CaseFigures plus(CaseFigures other) {
    return new CaseFigures(
        cspCode,
        cspName,
        cspNameCy,
        pfaCode,
        pfaName,
        applications + other.applications,
        thresholdNotMet + other.thresholdNotMet,
        reviews + other.reviews,
        reviewsWithRecommendations + other.reviewsWithRecommendations);
  }
}
