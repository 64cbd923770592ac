-- The ASB case review (Anti-social Behaviour, Crime and Policing Act 2014 s104 and Schedule 4;
-- DOMAIN.md section 4): threshold rules per CSP versioned by the day they take effect, the
-- applications with their victim and applicant, the complaints linked to each, and the threshold
-- decision. Personal data lives in case_review and case_complaint only, so that anonymising a
-- closed case is a matter of these two tables and the statutory counts stay intact.

-- The rule an application is judged by is the one in force for its CSP on the day it was received:
-- the CSP's latest rule from that day or before, else the national default (csp_id NULL).
CREATE TABLE threshold_rule (
  id                          BIGINT AUTO_INCREMENT PRIMARY KEY,
  csp_id                      BIGINT        NULL,
  valid_from                  DATE          NOT NULL,
  complaints_required         INT           NOT NULL,
  window_months               INT           NOT NULL,
  report_lag_months           INT           NOT NULL,
  location_reports_required   INT           NULL,
  location_reporters_required INT           NOT NULL,
  hate_incident_meets         BOOLEAN       NOT NULL,
  discretion_allowed          BOOLEAN       NOT NULL,
  note                        VARCHAR(1000) NULL,
  created_at                  DATETIME(6)   NOT NULL,
  created_by                  VARCHAR(100)  NOT NULL,
  CONSTRAINT fk_threshold_rule_csp FOREIGN KEY (csp_id) REFERENCES area (id)
);
CREATE INDEX ix_threshold_rule_csp ON threshold_rule (csp_id, valid_from);

-- The national default from the day section 104 came into force (20 October 2014).
INSERT INTO threshold_rule (csp_id, valid_from, complaints_required, window_months,
  report_lag_months, location_reports_required, location_reporters_required, hate_incident_meets,
  discretion_allowed, note, created_at, created_by)
VALUES (NULL, '2014-10-20', 3, 6, 1, NULL, 2, FALSE, TRUE,
  'Three qualifying complaints, each reported within one month of the incident, in the six months before the application.',
  '2014-10-20 00:00:00', 'system');

CREATE TABLE case_review (
  id                     BIGINT AUTO_INCREMENT PRIMARY KEY,
  reference              VARCHAR(20)   NULL,
  csp_id                 BIGINT        NOT NULL,
  state                  VARCHAR(40)   NOT NULL,
  received_on            DATE          NOT NULL,
  channel                VARCHAR(20)   NOT NULL,
  victim_type            VARCHAR(20)   NOT NULL,
  victim_name            VARCHAR(200)  NULL,
  contact_name           VARCHAR(200)  NULL,
  victim_email           VARCHAR(254)  NULL,
  victim_phone           VARCHAR(40)   NULL,
  address                VARCHAR(500)  NULL,
  postcode               VARCHAR(10)   NULL,
  applicant_is_victim    BOOLEAN       NOT NULL,
  applicant_name         VARCHAR(200)  NULL,
  applicant_relationship VARCHAR(100)  NULL,
  applicant_email        VARCHAR(254)  NULL,
  applicant_phone        VARCHAR(40)   NULL,
  victim_consent         BOOLEAN       NOT NULL,
  language               VARCHAR(2)    NOT NULL,
  contact_method         VARCHAR(10)   NOT NULL,
  accessibility_needs    VARCHAR(1000) NULL,
  asb_description        VARCHAR(4000) NULL,
  asb_location           VARCHAR(300)  NULL,
  hate_related           BOOLEAN       NOT NULL,
  threshold_rule_id      BIGINT        NOT NULL,
  threshold_outcome      VARCHAR(10)   NULL,
  threshold_route        VARCHAR(20)   NULL,
  threshold_qualifying   INT           NULL,
  threshold_decided_on   DATE          NULL,
  threshold_decided_by   VARCHAR(100)  NULL,
  discretion_by          VARCHAR(200)  NULL,
  discretion_reason      VARCHAR(2000) NULL,
  review_held_on         DATE          NULL,
  recommendation_count   INT           NOT NULL DEFAULT 0,
  closed_on              DATE          NULL,
  anonymised_at          DATETIME(6)   NULL,
  created_at             DATETIME(6)   NOT NULL,
  created_by             VARCHAR(100)  NOT NULL,
  updated_at             DATETIME(6)   NOT NULL,
  version                BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT uk_case_review_reference UNIQUE (reference),
  CONSTRAINT fk_case_review_csp FOREIGN KEY (csp_id) REFERENCES area (id),
  CONSTRAINT fk_case_review_rule FOREIGN KEY (threshold_rule_id) REFERENCES threshold_rule (id)
);
-- The coordinator's list (CSP, state, newest first) and the statutory figures (CSP and the day of
-- each counted event).
CREATE INDEX ix_case_review_csp_state ON case_review (csp_id, state, received_on);
CREATE INDEX ix_case_review_received ON case_review (csp_id, received_on);
CREATE INDEX ix_case_review_decided ON case_review (csp_id, threshold_decided_on, threshold_outcome);
CREATE INDEX ix_case_review_reviewed ON case_review (csp_id, review_held_on, recommendation_count);
CREATE INDEX ix_case_review_closed ON case_review (closed_on, anonymised_at);

CREATE TABLE case_complaint (
  id                BIGINT AUTO_INCREMENT PRIMARY KEY,
  case_review_id    BIGINT        NOT NULL,
  incident_date     DATE          NOT NULL,
  reported_on       DATE          NOT NULL,
  agency            VARCHAR(20)   NOT NULL,
  agency_reference  VARCHAR(100)  NULL,
  reporter          VARCHAR(200)  NULL,
  location          VARCHAR(300)  NULL,
  hate_related      BOOLEAN       NOT NULL,
  separate_incident BOOLEAN       NOT NULL,
  summary           VARCHAR(1000) NULL,
  created_at        DATETIME(6)   NOT NULL,
  created_by        VARCHAR(100)  NOT NULL,
  CONSTRAINT fk_case_complaint_case FOREIGN KEY (case_review_id) REFERENCES case_review (id)
);
CREATE INDEX ix_case_complaint_case ON case_complaint (case_review_id, reported_on);
