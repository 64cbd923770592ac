-- The review itself (ASBCPA 2014 s104 and Schedule 4): the meeting of the relevant bodies, with an
-- optional independent chair and the victim's chosen involvement; information requests to each
-- body and the recommendations the review makes, each a work item routed to that body; closure with
-- the reason the victim is given.

-- Recommendations are work items with a due date the review sets; this policy gives the warning
-- and the escalation ladder (and a due date when none is set).
INSERT INTO sla_policy (code, revision, name, name_cy, day_kind, due_days, warn_days, current_revision, created_at, created_by)
VALUES ('CASE_RECOMMENDATION', 1, 'Case review recommendation: 20 working days unless the review sets a date',
        'Argymhelliad adolygiad achos: 20 diwrnod gwaith oni bai bod yr adolygiad yn pennu dyddiad',
        'WORKING', 20, 3, TRUE, CURRENT_TIMESTAMP, 'system');
INSERT INTO escalation_step (policy_id, step_no, after_days, target, queue)
SELECT id, 1, 0, 'HOLDER_ORGANISATION', 'LEAD' FROM sla_policy WHERE code = 'CASE_RECOMMENDATION' AND revision = 1;
INSERT INTO escalation_step (policy_id, step_no, after_days, target, queue)
SELECT id, 2, 3, 'CSP_PARTNERSHIP', 'CHAIR' FROM sla_policy WHERE code = 'CASE_RECOMMENDATION' AND revision = 1;

ALTER TABLE case_review ADD COLUMN review_meeting_on DATE NULL;
ALTER TABLE case_review ADD COLUMN independent_chair VARCHAR(200) NULL;
ALTER TABLE case_review ADD COLUMN victim_involvement VARCHAR(20) NULL;
ALTER TABLE case_review ADD COLUMN review_bodies VARCHAR(200) NULL;
ALTER TABLE case_review ADD COLUMN review_summary VARCHAR(4000) NULL;
ALTER TABLE case_review ADD COLUMN closure_reason VARCHAR(2000) NULL;

CREATE TABLE case_information_request (
  id             BIGINT AUTO_INCREMENT PRIMARY KEY,
  case_review_id BIGINT       NOT NULL,
  target_body    VARCHAR(30)  NOT NULL,
  work_item_id   BIGINT       NOT NULL,
  created_at     DATETIME(6)  NOT NULL,
  created_by     VARCHAR(100) NOT NULL,
  CONSTRAINT fk_case_info_case FOREIGN KEY (case_review_id) REFERENCES case_review (id),
  CONSTRAINT fk_case_info_item FOREIGN KEY (work_item_id) REFERENCES work_item (id)
);
CREATE INDEX ix_case_info_case ON case_information_request (case_review_id, id);

CREATE TABLE case_recommendation (
  id             BIGINT AUTO_INCREMENT PRIMARY KEY,
  case_review_id BIGINT        NOT NULL,
  seq            INT           NOT NULL,
  target_body    VARCHAR(30)   NOT NULL,
  recommendation VARCHAR(2000) NOT NULL,
  due_on         DATE          NOT NULL,
  work_item_id   BIGINT        NOT NULL,
  response       VARCHAR(10)   NULL,
  response_text  VARCHAR(4000) NULL,
  responded_on   DATE          NULL,
  responded_by   VARCHAR(100)  NULL,
  completed_on   DATE          NULL,
  created_at     DATETIME(6)   NOT NULL,
  created_by     VARCHAR(100)  NOT NULL,
  CONSTRAINT uk_case_recommendation_seq UNIQUE (case_review_id, seq),
  CONSTRAINT uk_case_recommendation_item UNIQUE (work_item_id),
  CONSTRAINT fk_case_rec_case FOREIGN KEY (case_review_id) REFERENCES case_review (id),
  CONSTRAINT fk_case_rec_item FOREIGN KEY (work_item_id) REFERENCES work_item (id)
);
