-- The data return to the Home Secretary (Crime and Policing Act 2026): the column layout an
-- administrator sets, one row, starting with every column in the order the Act's figures are listed.
CREATE TABLE data_return_layout (
  id           BIGINT        PRIMARY KEY,
  columns_list VARCHAR(1000) NOT NULL,
  updated_at   DATETIME(6)   NOT NULL,
  updated_by   VARCHAR(100)  NOT NULL,
  version      BIGINT        NOT NULL DEFAULT 0
);
INSERT INTO data_return_layout (id, columns_list, updated_at, updated_by) VALUES
(1, 'CSP_CODE,CSP_NAME,PFA_CODE,PFA_NAME,FINANCIAL_YEAR,QUARTER,FROM,TO,APPLICATIONS,THRESHOLD_NOT_MET,REVIEWS,REVIEWS_WITH_RECOMMENDATIONS,POLICING_BODY_REQUESTS,POLICING_BODY_REVIEWS', CURRENT_TIMESTAMP, 'system');
-- the counts of requests to and reviews by the policing body are read by the day they were made or
-- decided, as the statutory figures are
CREATE INDEX ix_case_review_escalation_requested ON case_review (escalation_requested_on);
CREATE INDEX ix_case_review_escalation_decided ON case_review (escalation_decided_on);
