-- A meeting a policing body calls of the representatives of a CSP's responsible authorities
-- (SI 2007/1830 reg 14A; the co-operation of PRSRA 2011 s10): its agenda, who attended for each
-- authority, its minutes and the actions agreed, each routed to its owner as a work item.
CREATE TABLE accountability_meeting (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  pfa_id       BIGINT       NOT NULL,
  csp_id       BIGINT       NOT NULL,
  body_id      BIGINT       NOT NULL,
  title        VARCHAR(200) NOT NULL,
  held_on      DATE         NOT NULL,
  location     VARCHAR(200) NULL,
  agenda       TEXT         NOT NULL,
  minutes      TEXT         NULL,
  state        VARCHAR(20)  NOT NULL,
  cancel_reason VARCHAR(500) NULL,
  called_at    DATETIME(6)  NOT NULL,
  called_by    VARCHAR(100) NOT NULL,
  recorded_at  DATETIME(6)  NULL,
  recorded_by  VARCHAR(100) NULL,
  version      BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT fk_meeting_pfa FOREIGN KEY (pfa_id) REFERENCES area (id),
  CONSTRAINT fk_meeting_csp FOREIGN KEY (csp_id) REFERENCES area (id),
  CONSTRAINT fk_meeting_body FOREIGN KEY (body_id) REFERENCES organisation (id)
);
CREATE INDEX ix_meeting_csp ON accountability_meeting (csp_id, held_on);
CREATE INDEX ix_meeting_pfa ON accountability_meeting (pfa_id, held_on);

CREATE TABLE meeting_attendance (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  meeting_id      BIGINT       NOT NULL,
  organisation_id BIGINT       NOT NULL,
  attendance      VARCHAR(20)  NULL,
  representative  VARCHAR(200) NULL,
  CONSTRAINT fk_attendance_meeting FOREIGN KEY (meeting_id) REFERENCES accountability_meeting (id),
  CONSTRAINT fk_attendance_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
  CONSTRAINT uk_attendance UNIQUE (meeting_id, organisation_id)
);

CREATE TABLE meeting_action (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  meeting_id   BIGINT       NOT NULL,
  seq          INT          NOT NULL,
  action_text  TEXT         NOT NULL,
  target_body  VARCHAR(40)  NOT NULL,
  due_on       DATE         NOT NULL,
  work_item_id BIGINT       NOT NULL,
  created_at   DATETIME(6)  NOT NULL,
  created_by   VARCHAR(100) NOT NULL,
  CONSTRAINT fk_meeting_action_meeting FOREIGN KEY (meeting_id) REFERENCES accountability_meeting (id),
  CONSTRAINT fk_meeting_action_item FOREIGN KEY (work_item_id) REFERENCES work_item (id),
  CONSTRAINT uk_meeting_action UNIQUE (meeting_id, seq)
);
