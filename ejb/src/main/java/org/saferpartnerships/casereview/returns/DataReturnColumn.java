package org.saferpartnerships.casereview.returns;

import java.util.function.Function;

/** A column an administrator may put in the return, with the heading it carries. */
public enum DataReturnColumn {
  CSP_CODE("csp_code", DataReturnRow::cspCode),
  CSP_NAME("csp_name", DataReturnRow::cspName),
  CSP_NAME_CY("csp_name_cy", DataReturnRow::cspNameCy),
  PFA_CODE("pfa_code", DataReturnRow::pfaCode),
  PFA_NAME("pfa_name", DataReturnRow::pfaName),
  FINANCIAL_YEAR("financial_year", r -> r.financialYear() + "-" + (r.financialYear() + 1) % 100),
  QUARTER("quarter", r -> "Q" + r.quarter()),
  FROM("from", DataReturnRow::from),
  TO("to", DataReturnRow::to),
  APPLICATIONS("applications", DataReturnRow::applications),
  THRESHOLD_NOT_MET("threshold_not_met", DataReturnRow::thresholdNotMet),
  REVIEWS("reviews", DataReturnRow::reviews),
  REVIEWS_WITH_RECOMMENDATIONS(
      "reviews_with_recommendations", DataReturnRow::reviewsWithRecommendations),
  POLICING_BODY_REQUESTS("policing_body_requests", DataReturnRow::policingBodyRequests),
  POLICING_BODY_REVIEWS("policing_body_reviews", DataReturnRow::policingBodyReviews);

  private final String heading;
  private final Function<DataReturnRow, Object> value;

  DataReturnColumn(String heading, Function<DataReturnRow, Object> value) {
    this.heading = heading;
    this.value = value;
  }

  public String heading() {
    return heading;
  }

  public Object valueOf(DataReturnRow row) {
    return value.apply(row);
  }
}
