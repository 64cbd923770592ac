package org.saferpartnerships.casereview.returns;

import java.time.LocalDate;

/**
 * One partnership's figures for one quarter of the return.
 *
 * @param quarter 1 to 4 within the financial year (April to June is 1)
 * @param policingBodyRequests requests for review of a case review sent to the policing body
 * @param policingBodyReviews such requests the policing body heard and decided (upheld or not)
 */
public record DataReturnRow(
    String cspCode,
    String cspName,
    String cspNameCy,
    String pfaCode,
    String pfaName,
    int financialYear,
    int quarter,
    LocalDate from,
    LocalDate to,
    long applications,
    long thresholdNotMet,
    long reviews,
    long reviewsWithRecommendations,
    long policingBodyRequests,
    long policingBodyReviews) {

  /** The counts, in a fixed order, for checking quarters against the year. */
  long[] counts() {
    return new long[] {
      applications,
      thresholdNotMet,
      reviews,
      reviewsWithRecommendations,
      policingBodyRequests,
      policingBodyReviews
    };
  }
}
