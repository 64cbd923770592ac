-- The workflow engine (DESIGN.md section 3): the bank-holiday calendar, SLA policies with their
-- escalation ladders, routing rules, work items with their history, attachments and notifications.
-- Policies and routing rules are versioned by revision: a change adds a revision and retires the
-- old one, so an open item keeps the policy it started with and every routing decision names the
-- exact rule that made it.

-- England and Wales bank holidays (GOV.UK, 2018-2030, with Welsh names); administrators may edit them.
CREATE TABLE bank_holiday (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  holiday_date DATE         NOT NULL,
  name_en      VARCHAR(200) NOT NULL,
  name_cy      VARCHAR(200) NOT NULL,
  updated_at   DATETIME(6)  NOT NULL,
  updated_by   VARCHAR(100) NOT NULL,
  version      BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT uk_bank_holiday_date UNIQUE (holiday_date)
);

-- How long an item may take: due_days working or calendar days from the day it starts; a warning
-- warn_days working days before the due date. current_revision marks the revision new items get.
CREATE TABLE sla_policy (
  id               BIGINT AUTO_INCREMENT PRIMARY KEY,
  code             VARCHAR(60)  NOT NULL,
  revision         INT          NOT NULL,
  name             VARCHAR(200) NOT NULL,
  name_cy          VARCHAR(200) NOT NULL,
  day_kind         VARCHAR(20)  NOT NULL,
  due_days         INT          NOT NULL,
  warn_days        INT          NOT NULL,
  current_revision BOOLEAN      NOT NULL,
  created_at       DATETIME(6)  NOT NULL,
  created_by       VARCHAR(100) NOT NULL,
  CONSTRAINT uk_sla_policy_revision UNIQUE (code, revision)
);
CREATE INDEX ix_sla_policy_current ON sla_policy (code, current_revision);

-- The ladder of a policy revision: step n happens after_days working days after the due date
-- (0: the first day of breach) and moves the item to a queue of the holding organisation or of the
-- CSP's partnership.
CREATE TABLE escalation_step (
  id         BIGINT AUTO_INCREMENT PRIMARY KEY,
  policy_id  BIGINT      NOT NULL,
  step_no    INT         NOT NULL,
  after_days INT         NOT NULL,
  target     VARCHAR(30) NOT NULL,
  queue      VARCHAR(60) NOT NULL,
  CONSTRAINT fk_escalation_step_policy FOREIGN KEY (policy_id) REFERENCES sla_policy (id),
  CONSTRAINT uk_escalation_step UNIQUE (policy_id, step_no)
);

-- A routing rule: the match columns (NULL matches anything) pick items; the destination is a named
-- organisation or "the body of the item's target type in its CSP". Lower precedence wins, then the
-- more specific rule. Only rows with active = TRUE route; older revisions stay for the history.
CREATE TABLE routing_rule (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  rule_key        VARCHAR(60)  NOT NULL,
  revision        INT          NOT NULL,
  description     VARCHAR(500) NOT NULL,
  description_cy  VARCHAR(500) NULL,
  item_type       VARCHAR(60)  NULL,
  csp_id          BIGINT       NULL,
  pfa_id          BIGINT       NULL,
  target_body     VARCHAR(40)  NULL,
  priority        VARCHAR(20)  NULL,
  precedence      INT          NOT NULL,
  destination     VARCHAR(30)  NOT NULL,
  organisation_id BIGINT       NULL,
  queue           VARCHAR(60)  NOT NULL,
  active          BOOLEAN      NOT NULL,
  created_at      DATETIME(6)  NOT NULL,
  created_by      VARCHAR(100) NOT NULL,
  retired_at      DATETIME(6)  NULL,
  retired_by      VARCHAR(100) NULL,
  CONSTRAINT fk_routing_rule_csp FOREIGN KEY (csp_id) REFERENCES area (id),
  CONSTRAINT fk_routing_rule_pfa FOREIGN KEY (pfa_id) REFERENCES area (id),
  CONSTRAINT fk_routing_rule_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
  CONSTRAINT uk_routing_rule_revision UNIQUE (rule_key, revision)
);
CREATE INDEX ix_routing_rule_active ON routing_rule (active, precedence);

-- A routed piece of work. due_on/warn_on are dates (the SLA counts days); next_check_on is the day
-- the scheduler must next look at the item (NULL: nothing to do, as when paused or closed).
CREATE TABLE work_item (
  id                     BIGINT AUTO_INCREMENT PRIMARY KEY,
  item_type              VARCHAR(60)   NOT NULL,
  title                  VARCHAR(200)  NOT NULL,
  details                VARCHAR(4000) NULL,
  subject_ref            VARCHAR(100)  NULL,
  csp_id                 BIGINT        NOT NULL,
  target_body            VARCHAR(40)   NULL,
  priority               VARCHAR(20)   NOT NULL,
  state                  VARCHAR(40)   NOT NULL,
  active                 BOOLEAN       NOT NULL,
  organisation_id        BIGINT        NOT NULL,
  queue                  VARCHAR(60)   NOT NULL,
  assignee_id            BIGINT        NULL,
  sender_organisation_id BIGINT        NOT NULL,
  routing_rule_id        BIGINT        NULL,
  sla_policy_id          BIGINT        NOT NULL,
  started_on             DATE          NOT NULL,
  due_on                 DATE          NOT NULL,
  warn_on                DATE          NOT NULL,
  paused_on              DATE          NULL,
  pause_reason           VARCHAR(500)  NULL,
  warned                 BOOLEAN       NOT NULL,
  escalation_level       INT           NOT NULL,
  next_check_on          DATE          NULL,
  created_at             DATETIME(6)   NOT NULL,
  created_by             VARCHAR(100)  NOT NULL,
  updated_at             DATETIME(6)   NOT NULL,
  closed_at              DATETIME(6)   NULL,
  version                BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT fk_work_item_csp FOREIGN KEY (csp_id) REFERENCES area (id),
  CONSTRAINT fk_work_item_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
  CONSTRAINT fk_work_item_sender FOREIGN KEY (sender_organisation_id) REFERENCES organisation (id),
  CONSTRAINT fk_work_item_assignee FOREIGN KEY (assignee_id) REFERENCES app_user (id),
  CONSTRAINT fk_work_item_rule FOREIGN KEY (routing_rule_id) REFERENCES routing_rule (id),
  CONSTRAINT fk_work_item_policy FOREIGN KEY (sla_policy_id) REFERENCES sla_policy (id)
);
-- One index per inbox filter, each ending in due_on so the first page is read in due-date order.
CREATE INDEX ix_work_item_inbox ON work_item (organisation_id, active, due_on);
CREATE INDEX ix_work_item_queue ON work_item (organisation_id, queue, active, due_on);
CREATE INDEX ix_work_item_type ON work_item (organisation_id, item_type, active, due_on);
CREATE INDEX ix_work_item_state ON work_item (organisation_id, state, due_on);
CREATE INDEX ix_work_item_assignee ON work_item (assignee_id, active, due_on);
CREATE INDEX ix_work_item_csp ON work_item (csp_id, active, due_on);
CREATE INDEX ix_work_item_check ON work_item (active, next_check_on);

-- Everything that happened to an item, in order: never updated or deleted.
CREATE TABLE work_item_event (
  id               BIGINT AUTO_INCREMENT PRIMARY KEY,
  work_item_id     BIGINT        NOT NULL,
  occurred_at      DATETIME(6)   NOT NULL,
  actor            VARCHAR(100)  NOT NULL,
  event_type       VARCHAR(30)   NOT NULL,
  action_name      VARCHAR(40)   NULL,
  from_state       VARCHAR(40)   NULL,
  to_state         VARCHAR(40)   NULL,
  organisation_id  BIGINT        NULL,
  queue            VARCHAR(60)   NULL,
  assignee_id      BIGINT        NULL,
  routing_rule_id  BIGINT        NULL,
  escalation_level INT           NULL,
  due_on           DATE          NULL,
  note             VARCHAR(4000) NULL,
  CONSTRAINT fk_work_item_event_item FOREIGN KEY (work_item_id) REFERENCES work_item (id),
  CONSTRAINT fk_work_item_event_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
  CONSTRAINT fk_work_item_event_assignee FOREIGN KEY (assignee_id) REFERENCES app_user (id),
  CONSTRAINT fk_work_item_event_rule FOREIGN KEY (routing_rule_id) REFERENCES routing_rule (id)
);
CREATE INDEX ix_work_item_event_item ON work_item_event (work_item_id, id);

CREATE TABLE work_item_attachment (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  work_item_id BIGINT       NOT NULL,
  file_name    VARCHAR(255) NOT NULL,
  content_type VARCHAR(100) NOT NULL,
  size_bytes   BIGINT       NOT NULL,
  sha256       CHAR(64)     NOT NULL,
  content      LONGBLOB     NOT NULL,
  uploaded_at  DATETIME(6)  NOT NULL,
  uploaded_by  VARCHAR(100) NOT NULL,
  CONSTRAINT fk_work_item_attachment_item FOREIGN KEY (work_item_id) REFERENCES work_item (id)
);
CREATE INDEX ix_work_item_attachment_item ON work_item_attachment (work_item_id);

-- One notice to one user, shown in the app until read and e-mailed in the user's language. The
-- unique dedupe key makes each warning and escalation step notify a user once, whatever retries.
-- E-mail is an outbox: a sender claims PENDING rows with a lease, so a dead node's claims return.
CREATE TABLE notification (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  user_id       BIGINT       NOT NULL,
  work_item_id  BIGINT       NOT NULL,
  kind          VARCHAR(30)  NOT NULL,
  dedupe_key    VARCHAR(150) NOT NULL,
  detail        VARCHAR(500) NULL,
  created_at    DATETIME(6)  NOT NULL,
  read_at       DATETIME(6)  NULL,
  email_state   VARCHAR(20)  NOT NULL,
  email_attempts INT         NOT NULL DEFAULT 0,
  lease_until   DATETIME(6)  NULL,
  sent_at       DATETIME(6)  NULL,
  last_error    VARCHAR(500) NULL,
  CONSTRAINT fk_notification_user FOREIGN KEY (user_id) REFERENCES app_user (id),
  CONSTRAINT fk_notification_item FOREIGN KEY (work_item_id) REFERENCES work_item (id),
  CONSTRAINT uk_notification_dedupe UNIQUE (user_id, dedupe_key)
);
CREATE INDEX ix_notification_unread ON notification (user_id, read_at);
CREATE INDEX ix_notification_outbox ON notification (email_state, lease_until);

INSERT INTO bank_holiday (holiday_date, name_en, name_cy, updated_at, updated_by, version) VALUES
('2018-01-01', 'New Year''s Day', 'Dydd Calan', CURRENT_TIMESTAMP, 'system', 0),
('2018-03-30', 'Good Friday', 'Dydd Gwener y Groglith', CURRENT_TIMESTAMP, 'system', 0),
('2018-04-02', 'Easter Monday', 'Llun y Pasg', CURRENT_TIMESTAMP, 'system', 0),
('2018-05-07', 'Early May bank holiday', 'Gŵyl banc dechrau mis Mai', CURRENT_TIMESTAMP, 'system', 0),
('2018-05-28', 'Spring bank holiday', 'Gŵyl banc y gwanwyn', CURRENT_TIMESTAMP, 'system', 0),
('2018-08-27', 'Summer bank holiday', 'Gŵyl banc yr haf', CURRENT_TIMESTAMP, 'system', 0),
('2018-12-25', 'Christmas Day', 'Dydd Nadolig', CURRENT_TIMESTAMP, 'system', 0),
('2018-12-26', 'Boxing Day', 'Gŵyl San Steffan', CURRENT_TIMESTAMP, 'system', 0),
('2019-01-01', 'New Year''s Day', 'Dydd Calan', CURRENT_TIMESTAMP, 'system', 0),
('2019-04-19', 'Good Friday', 'Dydd Gwener y Groglith', CURRENT_TIMESTAMP, 'system', 0),
('2019-04-22', 'Easter Monday', 'Llun y Pasg', CURRENT_TIMESTAMP, 'system', 0),
('2019-05-06', 'Early May bank holiday', 'Gŵyl banc dechrau mis Mai', CURRENT_TIMESTAMP, 'system', 0),
('2019-05-27', 'Spring bank holiday', 'Gŵyl banc y gwanwyn', CURRENT_TIMESTAMP, 'system', 0),
('2019-08-26', 'Summer bank holiday', 'Gŵyl banc yr haf', CURRENT_TIMESTAMP, 'system', 0),
('2019-12-25', 'Christmas Day', 'Dydd Nadolig', CURRENT_TIMESTAMP, 'system', 0),
('2019-12-26', 'Boxing Day', 'Gŵyl San Steffan', CURRENT_TIMESTAMP, 'system', 0),
('2020-01-01', 'New Year''s Day', 'Dydd Calan', CURRENT_TIMESTAMP, 'system', 0),
('2020-04-10', 'Good Friday', 'Dydd Gwener y Groglith', CURRENT_TIMESTAMP, 'system', 0),
('2020-04-13', 'Easter Monday', 'Llun y Pasg', CURRENT_TIMESTAMP, 'system', 0),
('2020-05-08', 'Early May bank holiday (VE day)', 'Gŵyl banc dechrau mis Mai (Diwrnod VE)', CURRENT_TIMESTAMP, 'system', 0),
('2020-05-25', 'Spring bank holiday', 'Gŵyl banc y gwanwyn', CURRENT_TIMESTAMP, 'system', 0),
('2020-08-31', 'Summer bank holiday', 'Gŵyl banc yr haf', CURRENT_TIMESTAMP, 'system', 0),
('2020-12-25', 'Christmas Day', 'Dydd Nadolig', CURRENT_TIMESTAMP, 'system', 0),
('2020-12-28', 'Boxing Day (substitute day)', 'Gŵyl San Steffan (diwrnod yn lle)', CURRENT_TIMESTAMP, 'system', 0),
('2021-01-01', 'New Year''s Day', 'Dydd Calan', CURRENT_TIMESTAMP, 'system', 0),
('2021-04-02', 'Good Friday', 'Dydd Gwener y Groglith', CURRENT_TIMESTAMP, 'system', 0),
('2021-04-05', 'Easter Monday', 'Llun y Pasg', CURRENT_TIMESTAMP, 'system', 0),
('2021-05-03', 'Early May bank holiday', 'Gŵyl banc dechrau mis Mai', CURRENT_TIMESTAMP, 'system', 0),
('2021-05-31', 'Spring bank holiday', 'Gŵyl banc y gwanwyn', CURRENT_TIMESTAMP, 'system', 0),
('2021-08-30', 'Summer bank holiday', 'Gŵyl banc yr haf', CURRENT_TIMESTAMP, 'system', 0),
('2021-12-27', 'Christmas Day (substitute day)', 'Dydd Nadolig (diwrnod yn lle)', CURRENT_TIMESTAMP, 'system', 0),
('2021-12-28', 'Boxing Day (substitute day)', 'Gŵyl San Steffan (diwrnod yn lle)', CURRENT_TIMESTAMP, 'system', 0),
('2022-01-03', 'New Year''s Day (substitute day)', 'Dydd Calan (diwrnod yn lle)', CURRENT_TIMESTAMP, 'system', 0),
('2022-04-15', 'Good Friday', 'Dydd Gwener y Groglith', CURRENT_TIMESTAMP, 'system', 0),
('2022-04-18', 'Easter Monday', 'Llun y Pasg', CURRENT_TIMESTAMP, 'system', 0),
('2022-05-02', 'Early May bank holiday', 'Gŵyl banc dechrau mis Mai', CURRENT_TIMESTAMP, 'system', 0),
('2022-06-02', 'Spring bank holiday', 'Gŵyl banc y gwanwyn', CURRENT_TIMESTAMP, 'system', 0),
('2022-06-03', 'Platinum Jubilee bank holiday', 'Gŵyl banc Jiwbilî Platinwm', CURRENT_TIMESTAMP, 'system', 0),
('2022-08-29', 'Summer bank holiday', 'Gŵyl banc yr haf', CURRENT_TIMESTAMP, 'system', 0),
('2022-09-19', 'Bank Holiday for the State Funeral of Queen Elizabeth II', 'Gŵyl y Banc ar gyfer Angladd Gwladol y Frenhines Elizabeth II', CURRENT_TIMESTAMP, 'system', 0),
('2022-12-26', 'Boxing Day', 'Gŵyl San Steffan', CURRENT_TIMESTAMP, 'system', 0),
('2022-12-27', 'Christmas Day (substitute day)', 'Dydd Nadolig (diwrnod yn lle)', CURRENT_TIMESTAMP, 'system', 0),
('2023-01-02', 'New Year''s Day (substitute day)', 'Dydd Calan (diwrnod yn lle)', CURRENT_TIMESTAMP, 'system', 0),
('2023-04-07', 'Good Friday', 'Dydd Gwener y Groglith', CURRENT_TIMESTAMP, 'system', 0),
('2023-04-10', 'Easter Monday', 'Llun y Pasg', CURRENT_TIMESTAMP, 'system', 0),
('2023-05-01', 'Early May bank holiday', 'Gŵyl banc dechrau mis Mai', CURRENT_TIMESTAMP, 'system', 0),
('2023-05-08', 'Bank holiday for the coronation of King Charles III', 'Gŵyl banc ar gyfer coroni''r Brenin Charles III', CURRENT_TIMESTAMP, 'system', 0),
('2023-05-29', 'Spring bank holiday', 'Gŵyl banc y gwanwyn', CURRENT_TIMESTAMP, 'system', 0),
('2023-08-28', 'Summer bank holiday', 'Gŵyl banc yr haf', CURRENT_TIMESTAMP, 'system', 0),
('2023-12-25', 'Christmas Day', 'Dydd Nadolig', CURRENT_TIMESTAMP, 'system', 0),
('2023-12-26', 'Boxing Day', 'Gŵyl San Steffan', CURRENT_TIMESTAMP, 'system', 0),
('2024-01-01', 'New Year''s Day', 'Dydd Calan', CURRENT_TIMESTAMP, 'system', 0),
('2024-03-29', 'Good Friday', 'Dydd Gwener y Groglith', CURRENT_TIMESTAMP, 'system', 0),
('2024-04-01', 'Easter Monday', 'Llun y Pasg', CURRENT_TIMESTAMP, 'system', 0),
('2024-05-06', 'Early May bank holiday', 'Gŵyl banc dechrau mis Mai', CURRENT_TIMESTAMP, 'system', 0),
('2024-05-27', 'Spring bank holiday', 'Gŵyl banc y gwanwyn', CURRENT_TIMESTAMP, 'system', 0),
('2024-08-26', 'Summer bank holiday', 'Gŵyl banc yr haf', CURRENT_TIMESTAMP, 'system', 0),
('2024-12-25', 'Christmas Day', 'Dydd Nadolig', CURRENT_TIMESTAMP, 'system', 0),
('2024-12-26', 'Boxing Day', 'Gŵyl San Steffan', CURRENT_TIMESTAMP, 'system', 0),
('2025-01-01', 'New Year''s Day', 'Dydd Calan', CURRENT_TIMESTAMP, 'system', 0),
('2025-04-18', 'Good Friday', 'Dydd Gwener y Groglith', CURRENT_TIMESTAMP, 'system', 0),
('2025-04-21', 'Easter Monday', 'Llun y Pasg', CURRENT_TIMESTAMP, 'system', 0),
('2025-05-05', 'Early May bank holiday', 'Gŵyl banc dechrau mis Mai', CURRENT_TIMESTAMP, 'system', 0),
('2025-05-26', 'Spring bank holiday', 'Gŵyl banc y gwanwyn', CURRENT_TIMESTAMP, 'system', 0),
('2025-08-25', 'Summer bank holiday', 'Gŵyl banc yr haf', CURRENT_TIMESTAMP, 'system', 0),
('2025-12-25', 'Christmas Day', 'Dydd Nadolig', CURRENT_TIMESTAMP, 'system', 0),
('2025-12-26', 'Boxing Day', 'Gŵyl San Steffan', CURRENT_TIMESTAMP, 'system', 0),
('2026-01-01', 'New Year''s Day', 'Dydd Calan', CURRENT_TIMESTAMP, 'system', 0),
('2026-04-03', 'Good Friday', 'Dydd Gwener y Groglith', CURRENT_TIMESTAMP, 'system', 0),
('2026-04-06', 'Easter Monday', 'Llun y Pasg', CURRENT_TIMESTAMP, 'system', 0),
('2026-05-04', 'Early May bank holiday', 'Gŵyl banc dechrau mis Mai', CURRENT_TIMESTAMP, 'system', 0),
('2026-05-25', 'Spring bank holiday', 'Gŵyl banc y gwanwyn', CURRENT_TIMESTAMP, 'system', 0),
('2026-08-31', 'Summer bank holiday', 'Gŵyl banc yr haf', CURRENT_TIMESTAMP, 'system', 0),
('2026-12-25', 'Christmas Day', 'Dydd Nadolig', CURRENT_TIMESTAMP, 'system', 0),
('2026-12-28', 'Boxing Day (substitute day)', 'Gŵyl San Steffan (diwrnod yn lle)', CURRENT_TIMESTAMP, 'system', 0),
('2027-01-01', 'New Year''s Day', 'Dydd Calan', CURRENT_TIMESTAMP, 'system', 0),
('2027-03-26', 'Good Friday', 'Dydd Gwener y Groglith', CURRENT_TIMESTAMP, 'system', 0),
('2027-03-29', 'Easter Monday', 'Llun y Pasg', CURRENT_TIMESTAMP, 'system', 0),
('2027-05-03', 'Early May bank holiday', 'Gŵyl banc dechrau mis Mai', CURRENT_TIMESTAMP, 'system', 0),
('2027-05-31', 'Spring bank holiday', 'Gŵyl banc y gwanwyn', CURRENT_TIMESTAMP, 'system', 0),
('2027-08-30', 'Summer bank holiday', 'Gŵyl banc yr haf', CURRENT_TIMESTAMP, 'system', 0),
('2027-12-27', 'Christmas Day (substitute day)', 'Dydd Nadolig (diwrnod yn lle)', CURRENT_TIMESTAMP, 'system', 0),
('2027-12-28', 'Boxing Day (substitute day)', 'Gŵyl San Steffan (diwrnod yn lle)', CURRENT_TIMESTAMP, 'system', 0),
('2028-01-03', 'New Year''s Day (substitute day)', 'Dydd Calan (diwrnod yn lle)', CURRENT_TIMESTAMP, 'system', 0),
('2028-04-14', 'Good Friday', 'Dydd Gwener y Groglith', CURRENT_TIMESTAMP, 'system', 0),
('2028-04-17', 'Easter Monday', 'Llun y Pasg', CURRENT_TIMESTAMP, 'system', 0),
('2028-05-01', 'Early May bank holiday', 'Gŵyl banc dechrau mis Mai', CURRENT_TIMESTAMP, 'system', 0),
('2028-05-29', 'Spring bank holiday', 'Gŵyl banc y gwanwyn', CURRENT_TIMESTAMP, 'system', 0),
('2028-08-28', 'Summer bank holiday', 'Gŵyl banc yr haf', CURRENT_TIMESTAMP, 'system', 0),
('2028-12-25', 'Christmas Day', 'Dydd Nadolig', CURRENT_TIMESTAMP, 'system', 0),
('2028-12-26', 'Boxing Day', 'Gŵyl San Steffan', CURRENT_TIMESTAMP, 'system', 0),
('2029-01-01', 'New Year''s Day', 'Dydd Calan', CURRENT_TIMESTAMP, 'system', 0),
('2029-03-30', 'Good Friday', 'Dydd Gwener y Groglith', CURRENT_TIMESTAMP, 'system', 0),
('2029-04-02', 'Easter Monday', 'Llun y Pasg', CURRENT_TIMESTAMP, 'system', 0),
('2029-05-07', 'Early May bank holiday', 'Gŵyl banc dechrau mis Mai', CURRENT_TIMESTAMP, 'system', 0),
('2029-05-28', 'Spring bank holiday', 'Gŵyl banc y gwanwyn', CURRENT_TIMESTAMP, 'system', 0),
('2029-08-27', 'Summer bank holiday', 'Gŵyl banc yr haf', CURRENT_TIMESTAMP, 'system', 0),
('2029-12-25', 'Christmas Day', 'Dydd Nadolig', CURRENT_TIMESTAMP, 'system', 0),
('2029-12-26', 'Boxing Day', 'Gŵyl San Steffan', CURRENT_TIMESTAMP, 'system', 0),
('2030-01-01', 'New Year''s Day', 'Dydd Calan', CURRENT_TIMESTAMP, 'system', 0),
('2030-04-19', 'Good Friday', 'Dydd Gwener y Groglith', CURRENT_TIMESTAMP, 'system', 0),
('2030-04-22', 'Easter Monday', 'Llun y Pasg', CURRENT_TIMESTAMP, 'system', 0),
('2030-05-06', 'Early May bank holiday', 'Gŵyl banc dechrau mis Mai', CURRENT_TIMESTAMP, 'system', 0),
('2030-05-27', 'Spring bank holiday', 'Gŵyl banc y gwanwyn', CURRENT_TIMESTAMP, 'system', 0),
('2030-08-26', 'Summer bank holiday', 'Gŵyl banc yr haf', CURRENT_TIMESTAMP, 'system', 0),
('2030-12-25', 'Christmas Day', 'Dydd Nadolig', CURRENT_TIMESTAMP, 'system', 0),
('2030-12-26', 'Boxing Day', 'Gŵyl San Steffan', CURRENT_TIMESTAMP, 'system', 0);

-- The default policies. Local SLAs differ (DOMAIN.md: no national timescales); administrators revise them.
INSERT INTO sla_policy (code, revision, name, name_cy, day_kind, due_days, warn_days, current_revision, created_at, created_by)
VALUES ('ACTION_REQUEST', 1, 'Partner action: 10 working days', 'Cam gweithredu partner: 10 diwrnod gwaith', 'WORKING', 10, 2, TRUE, CURRENT_TIMESTAMP, 'system'),
       ('INFORMATION_REQUEST', 1, 'Information request: 15 working days', 'Cais am wybodaeth: 15 diwrnod gwaith', 'WORKING', 15, 3, TRUE, CURRENT_TIMESTAMP, 'system');
INSERT INTO escalation_step (policy_id, step_no, after_days, target, queue)
SELECT id, 1, 0, 'HOLDER_ORGANISATION', 'LEAD' FROM sla_policy WHERE revision = 1;
INSERT INTO escalation_step (policy_id, step_no, after_days, target, queue)
SELECT id, 2, 3, 'CSP_PARTNERSHIP', 'CHAIR' FROM sla_policy WHERE revision = 1;

-- National default routes: work for "the police", "the council" or "the policing body" of a CSP goes
-- to that body's queue; local rules with a lower precedence override them.
INSERT INTO routing_rule (rule_key, revision, description, description_cy, item_type, csp_id, pfa_id, target_body, priority, precedence, destination, organisation_id, queue, active, created_at, created_by)
VALUES ('police-asb-spoc', 1, 'Police work goes to the force''s ASB single point of contact', 'Mae gwaith yr heddlu yn mynd i bwynt cyswllt unigol YGG yr heddlu', NULL, NULL, NULL, 'POLICE', NULL, 1000, 'CSP_BODY', NULL, 'ASB_SPOC', TRUE, CURRENT_TIMESTAMP, 'system'),
       ('council-asb-team', 1, 'Council work goes to the council''s ASB team', 'Mae gwaith y cyngor yn mynd i dîm ymddygiad gwrthgymdeithasol y cyngor', NULL, NULL, NULL, 'COUNCIL', NULL, 1000, 'CSP_BODY', NULL, 'ASB_TEAM', TRUE, CURRENT_TIMESTAMP, 'system'),
       ('policing-body-reviews', 1, 'Work for the policing body goes to its case review queue', 'Mae gwaith y corff plismona yn mynd i''w giw adolygu achosion', NULL, NULL, NULL, 'POLICING_BODY', NULL, 1000, 'CSP_BODY', NULL, 'CASE_REVIEW', TRUE, CURRENT_TIMESTAMP, 'system'),
       ('partner-body', 1, 'Work for fire, health, probation or a social landlord goes to that member of the CSP', 'Mae gwaith tân, iechyd, prawf neu landlord cymdeithasol yn mynd i''r aelod hwnnw o''r bartneriaeth', NULL, NULL, NULL, NULL, NULL, 2000, 'CSP_BODY', NULL, 'GENERAL', TRUE, CURRENT_TIMESTAMP, 'system');
