-- A dissatisfied applicant's request for review (ASBCPA 2014 Sch 4: the procedure for applicants
-- who are not satisfied), heard by the policing body in force for the area on the day it is made:
-- a work item routed to its case review queue, whose outcome is written back to the case. The long
-- texts are TEXT: case_review is near MariaDB's 65,535-byte row limit in utf8mb4.
INSERT INTO sla_policy (code, revision, name, name_cy, day_kind, due_days, warn_days, current_revision, created_at, created_by)
VALUES ('CASE_ESCALATION', 1, 'Case review escalation: heard within 15 working days',
        'Uwchgyfeirio adolygiad achos: gwrandawiad o fewn 15 diwrnod gwaith',
        'WORKING', 15, 3, TRUE, CURRENT_TIMESTAMP, 'system');
INSERT INTO escalation_step (policy_id, step_no, after_days, target, queue)
SELECT id, 1, 0, 'HOLDER_ORGANISATION', 'LEAD' FROM sla_policy WHERE code = 'CASE_ESCALATION' AND revision = 1;

ALTER TABLE case_review ADD COLUMN escalation_item_id BIGINT NULL;
ALTER TABLE case_review ADD COLUMN escalation_requested_on DATE NULL;
ALTER TABLE case_review ADD COLUMN escalation_grounds TEXT NULL;
ALTER TABLE case_review ADD COLUMN escalation_outcome VARCHAR(20) NULL;
ALTER TABLE case_review ADD COLUMN escalation_reasons TEXT NULL;
ALTER TABLE case_review ADD COLUMN escalation_decided_on DATE NULL;
ALTER TABLE case_review ADD CONSTRAINT fk_case_review_escalation FOREIGN KEY (escalation_item_id) REFERENCES work_item (id);
CREATE INDEX ix_case_review_escalation ON case_review (escalation_item_id);
