-- What a CSP sends its policing body (reg 9A and 13A of SI 2007/1830 as amended in 2012, CDA s7
-- replies, grant monitoring) and the policing body's review of it. A submission keeps every version
-- it was sent in; its review is a work item in the policing body's queue, each recommendation a work
-- item back to the partnership. Long texts are TEXT to stay clear of MariaDB's row limit.

-- The yearly calendar a policing body sets for the CSPs of its force area: when each kind of
-- submission is due in a financial year (financial_year 2026 is April 2026 to March 2027).
CREATE TABLE submission_due (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  pfa_id          BIGINT       NOT NULL,
  submission_type VARCHAR(40)  NOT NULL,
  financial_year  INT          NOT NULL,
  due_on          DATE         NOT NULL,
  set_at          DATETIME(6)  NOT NULL,
  set_by          VARCHAR(100) NOT NULL,
  version         BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT fk_submission_due_pfa FOREIGN KEY (pfa_id) REFERENCES area (id),
  CONSTRAINT uk_submission_due UNIQUE (pfa_id, financial_year, submission_type)
);

-- The register of crime and disorder reduction grants (PRSRA 2011 s9): who gave what to whom, for
-- which year and on what conditions, when monitoring is due and what was repaid.
CREATE TABLE crime_grant (
  id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
  pfa_id             BIGINT        NOT NULL,
  body_id            BIGINT        NOT NULL,
  csp_id             BIGINT        NULL,
  recipient          VARCHAR(200)  NOT NULL,
  purpose            VARCHAR(500)  NOT NULL,
  amount             DECIMAL(12,2) NOT NULL,
  financial_year     INT           NOT NULL,
  awarded_on         DATE          NOT NULL,
  conditions         TEXT          NULL,
  monitoring_due_on  DATE          NULL,
  repaid_amount      DECIMAL(12,2) NULL,
  repayment_note     VARCHAR(1000) NULL,
  created_at         DATETIME(6)   NOT NULL,
  created_by         VARCHAR(100)  NOT NULL,
  updated_at         DATETIME(6)   NOT NULL,
  updated_by         VARCHAR(100)  NOT NULL,
  version            BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT fk_crime_grant_pfa FOREIGN KEY (pfa_id) REFERENCES area (id),
  CONSTRAINT fk_crime_grant_body FOREIGN KEY (body_id) REFERENCES organisation (id),
  CONSTRAINT fk_crime_grant_csp FOREIGN KEY (csp_id) REFERENCES area (id)
);
-- the register by force area and year, and a CSP's grants for the dashboard
CREATE INDEX ix_crime_grant_pfa_year ON crime_grant (pfa_id, financial_year);
CREATE INDEX ix_crime_grant_csp_year ON crime_grant (csp_id, financial_year);

CREATE TABLE submission (
  id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
  csp_id             BIGINT       NOT NULL,
  pfa_id             BIGINT       NOT NULL,
  submission_type    VARCHAR(40)  NOT NULL,
  financial_year     INT          NOT NULL,
  title              VARCHAR(200) NOT NULL,
  grant_id           BIGINT       NULL,
  state              VARCHAR(20)  NOT NULL,
  first_submitted_at DATETIME(6)  NULL,
  first_submitted_on DATE         NULL,
  last_submitted_at  DATETIME(6)  NULL,
  review_item_id     BIGINT       NULL,
  feedback           TEXT         NULL,
  return_reason      TEXT         NULL,
  signed_off_at      DATETIME(6)  NULL,
  signed_off_by      VARCHAR(100) NULL,
  created_at         DATETIME(6)  NOT NULL,
  created_by         VARCHAR(100) NOT NULL,
  updated_at         DATETIME(6)  NOT NULL,
  version            BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT fk_submission_csp FOREIGN KEY (csp_id) REFERENCES area (id),
  CONSTRAINT fk_submission_pfa FOREIGN KEY (pfa_id) REFERENCES area (id),
  CONSTRAINT fk_submission_grant FOREIGN KEY (grant_id) REFERENCES crime_grant (id),
  CONSTRAINT fk_submission_review_item FOREIGN KEY (review_item_id) REFERENCES work_item (id)
);
-- the list filters (force area or CSP, year, type, state) and the dashboard's per-CSP counts
CREATE INDEX ix_submission_pfa_year ON submission (pfa_id, financial_year, submission_type, state);
CREATE INDEX ix_submission_csp_year ON submission (csp_id, financial_year, submission_type, state);
CREATE INDEX ix_submission_review_item ON submission (review_item_id);

-- One version as the CSP prepared it; submitted_at is set when it is sent and it never changes after.
CREATE TABLE submission_version (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  submission_id BIGINT       NOT NULL,
  number        INT          NOT NULL,
  period_from   DATE         NULL,
  period_to     DATE         NULL,
  summary       TEXT         NULL,
  priorities    TEXT         NULL,
  measures      TEXT         NULL,
  submitted_at  DATETIME(6)  NULL,
  submitted_by  VARCHAR(100) NULL,
  created_at    DATETIME(6)  NOT NULL,
  created_by    VARCHAR(100) NOT NULL,
  version       BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT fk_submission_version_submission FOREIGN KEY (submission_id) REFERENCES submission (id),
  CONSTRAINT uk_submission_version UNIQUE (submission_id, number)
);

-- A document of a version (PDF, DOCX, ODT up to 10 MB, checked to be what its name says).
CREATE TABLE submission_document (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  version_id   BIGINT       NOT NULL,
  file_name    VARCHAR(255) NOT NULL,
  content_type VARCHAR(120) NOT NULL,
  size_bytes   BIGINT       NOT NULL,
  sha256       CHAR(64)     NOT NULL,
  content      LONGBLOB     NOT NULL,
  uploaded_at  DATETIME(6)  NOT NULL,
  uploaded_by  VARCHAR(100) NOT NULL,
  CONSTRAINT fk_submission_document_version FOREIGN KEY (version_id) REFERENCES submission_version (id)
);
CREATE INDEX ix_submission_document_version ON submission_document (version_id);

-- The checklist a policing body's office reviews submissions against. body_id NULL: the national
-- default, used by an office until it sets its own (its first change copies the defaults).
CREATE TABLE review_check (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  body_id         BIGINT        NULL,
  position        INT           NOT NULL,
  text_en         VARCHAR(500)  NOT NULL,
  text_cy         VARCHAR(500)  NOT NULL,
  active          BOOLEAN       NOT NULL,
  created_at      DATETIME(6)   NOT NULL,
  created_by      VARCHAR(100)  NOT NULL,
  CONSTRAINT fk_review_check_body FOREIGN KEY (body_id) REFERENCES organisation (id)
);
CREATE INDEX ix_review_check_body ON review_check (body_id, active, position);

CREATE TABLE submission_check (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  submission_id BIGINT        NOT NULL,
  check_id      BIGINT        NOT NULL,
  answer        VARCHAR(20)   NOT NULL,
  note          VARCHAR(2000) NULL,
  answered_at   DATETIME(6)   NOT NULL,
  answered_by   VARCHAR(100)  NOT NULL,
  CONSTRAINT fk_submission_check_submission FOREIGN KEY (submission_id) REFERENCES submission (id),
  CONSTRAINT fk_submission_check_check FOREIGN KEY (check_id) REFERENCES review_check (id),
  CONSTRAINT uk_submission_check UNIQUE (submission_id, check_id)
);

-- A recommendation of the review; it travels to the partnership as a work item whose response comes
-- back here.
CREATE TABLE submission_recommendation (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  submission_id BIGINT       NOT NULL,
  seq           INT          NOT NULL,
  recommendation TEXT        NOT NULL,
  due_on        DATE         NOT NULL,
  work_item_id  BIGINT       NOT NULL,
  response      VARCHAR(20)  NULL,
  response_text TEXT         NULL,
  responded_on  DATE         NULL,
  responded_by  VARCHAR(100) NULL,
  made_on       DATE         NOT NULL,
  made_at       DATETIME(6)  NOT NULL,
  made_by       VARCHAR(100) NOT NULL,
  CONSTRAINT fk_submission_recommendation_submission FOREIGN KEY (submission_id) REFERENCES submission (id),
  CONSTRAINT fk_submission_recommendation_item FOREIGN KEY (work_item_id) REFERENCES work_item (id),
  CONSTRAINT uk_submission_recommendation UNIQUE (submission_id, seq)
);
CREATE INDEX ix_submission_recommendation_item ON submission_recommendation (work_item_id);
CREATE INDEX ix_submission_recommendation_open ON submission_recommendation (submission_id, response);

INSERT INTO review_check (body_id, position, text_en, text_cy, active, created_at, created_by) VALUES
(NULL, 1, 'Priorities follow from the strategic assessment', 'Mae’r blaenoriaethau’n deillio o’r asesiad strategol', TRUE, CURRENT_TIMESTAMP, 'system'),
(NULL, 2, 'Priorities have regard to the police and crime plan', 'Mae’r blaenoriaethau’n rhoi sylw i’r cynllun heddlu a throseddu', TRUE, CURRENT_TIMESTAMP, 'system'),
(NULL, 3, 'Each priority has a measure of progress', 'Mae gan bob blaenoriaeth fesur o gynnydd', TRUE, CURRENT_TIMESTAMP, 'system'),
(NULL, 4, 'Anti-social behaviour and the case review are reported on', 'Adroddir ar ymddygiad gwrthgymdeithasol ac ar yr adolygiad achos', TRUE, CURRENT_TIMESTAMP, 'system'),
(NULL, 5, 'Serious violence duty is addressed', 'Rhoddir sylw i’r ddyletswydd trais difrifol', TRUE, CURRENT_TIMESTAMP, 'system');

-- Default SLAs; administrators revise them. A review is due 20 working days after it arrives; a
-- recommendation carries the due date its reviewer set.
INSERT INTO sla_policy (code, revision, name, name_cy, day_kind, due_days, warn_days, current_revision, created_at, created_by)
VALUES ('SUBMISSION_REVIEW', 1, 'Submission review: 20 working days', 'Adolygu cyflwyniad: 20 diwrnod gwaith', 'WORKING', 20, 5, TRUE, CURRENT_TIMESTAMP, 'system'),
       ('PCC_RECOMMENDATION', 1, 'Response to a policing body recommendation: 40 working days', 'Ymateb i argymhelliad corff plismona: 40 diwrnod gwaith', 'WORKING', 40, 5, TRUE, CURRENT_TIMESTAMP, 'system');
INSERT INTO escalation_step (policy_id, step_no, after_days, target, queue)
SELECT id, 1, 0, 'HOLDER_ORGANISATION', 'LEAD' FROM sla_policy WHERE code IN ('SUBMISSION_REVIEW', 'PCC_RECOMMENDATION') AND revision = 1;
INSERT INTO escalation_step (policy_id, step_no, after_days, target, queue)
SELECT id, 2, 5, 'CSP_PARTNERSHIP', 'CHAIR' FROM sla_policy WHERE code = 'PCC_RECOMMENDATION' AND revision = 1;

INSERT INTO routing_rule (rule_key, revision, description, description_cy, item_type, csp_id, pfa_id, target_body, priority, precedence, destination, organisation_id, queue, active, created_at, created_by)
VALUES ('policing-body-submissions', 1, 'Submissions go to the policing body''s submissions queue', 'Mae cyflwyniadau’n mynd i giw cyflwyniadau’r corff plismona', 'SUBMISSION_REVIEW', NULL, NULL, 'POLICING_BODY', NULL, 500, 'CSP_BODY', NULL, 'SUBMISSIONS', TRUE, CURRENT_TIMESTAMP, 'system'),
       ('partnership-pcc-recommendations', 1, 'Recommendations of the policing body go to the partnership''s coordinator', 'Mae argymhellion y corff plismona’n mynd at gydlynydd y bartneriaeth', 'PCC_RECOMMENDATION', NULL, NULL, 'PARTNERSHIP', NULL, 500, 'CSP_BODY', NULL, 'PCC_RECOMMENDATIONS', TRUE, CURRENT_TIMESTAMP, 'system');
