-- A policing body's request for a report from a CSP's responsible authorities (CDA 1998 s7(1)),
-- routed to the partnership as a work item due on the day set; the partnership answers with a
-- submission of the kind "reply to a report request", and the policing body publishes the reports
-- it receives (the public page reads the replies sent).
CREATE TABLE report_request (
  id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
  pfa_id               BIGINT       NOT NULL,
  csp_id               BIGINT       NOT NULL,
  body_id              BIGINT       NOT NULL,
  subject              VARCHAR(200) NOT NULL,
  details              TEXT         NULL,
  due_on               DATE         NOT NULL,
  work_item_id         BIGINT       NOT NULL,
  reply_submission_id  BIGINT       NULL,
  answered_on          DATE         NULL,
  withdrawn_on         DATE         NULL,
  requested_on         DATE         NOT NULL,
  requested_at         DATETIME(6)  NOT NULL,
  requested_by         VARCHAR(100) NOT NULL,
  CONSTRAINT fk_report_request_pfa FOREIGN KEY (pfa_id) REFERENCES area (id),
  CONSTRAINT fk_report_request_csp FOREIGN KEY (csp_id) REFERENCES area (id),
  CONSTRAINT fk_report_request_body FOREIGN KEY (body_id) REFERENCES organisation (id),
  CONSTRAINT fk_report_request_item FOREIGN KEY (work_item_id) REFERENCES work_item (id),
  CONSTRAINT fk_report_request_reply FOREIGN KEY (reply_submission_id) REFERENCES submission (id)
);
-- a force area's and a CSP's requests, newest first; the work item's request
CREATE INDEX ix_report_request_pfa ON report_request (pfa_id, requested_on);
CREATE INDEX ix_report_request_csp ON report_request (csp_id, requested_on);
CREATE INDEX ix_report_request_item ON report_request (work_item_id);

ALTER TABLE submission ADD COLUMN report_request_id BIGINT NULL;
ALTER TABLE submission ADD CONSTRAINT fk_submission_report_request FOREIGN KEY (report_request_id) REFERENCES report_request (id);
CREATE INDEX ix_submission_report_request ON submission (report_request_id);
-- the public list of reports received: replies once sent, newest first
CREATE INDEX ix_submission_type_sent ON submission (submission_type, first_submitted_at);

-- A request is due on the day its policing body set (the policy's days apply only without one);
-- past it, it goes to the chair's queue of the partnership, then to its lead's.
INSERT INTO sla_policy (code, revision, name, name_cy, day_kind, due_days, warn_days, current_revision, created_at, created_by)
VALUES ('REPORT_REQUEST', 1, 'Report requested by the policing body: 30 working days', 'Adroddiad y gofynnodd y corff plismona amdano: 30 diwrnod gwaith', 'WORKING', 30, 5, TRUE, CURRENT_TIMESTAMP, 'system');
INSERT INTO escalation_step (policy_id, step_no, after_days, target, queue)
SELECT id, 1, 0, 'CSP_PARTNERSHIP', 'CHAIR' FROM sla_policy WHERE code = 'REPORT_REQUEST' AND revision = 1;
INSERT INTO routing_rule (rule_key, revision, description, description_cy, item_type, csp_id, pfa_id, target_body, priority, precedence, destination, organisation_id, queue, active, created_at, created_by)
VALUES ('partnership-report-requests', 1, 'Report requests of the policing body go to the partnership''s coordinator', 'Mae ceisiadau’r corff plismona am adroddiadau’n mynd at gydlynydd y bartneriaeth', 'REPORT_REQUEST', NULL, NULL, 'PARTNERSHIP', NULL, 500, 'CSP_BODY', NULL, 'REPORT_REQUESTS', TRUE, CURRENT_TIMESTAMP, 'system');
