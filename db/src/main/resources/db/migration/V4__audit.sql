-- The audit log (DESIGN.md section 4): every change to, and every view of, personal data, in an
-- append-only table whose rows are hash-chained. Each row's hash covers its own fields and the
-- previous row's hash, so changing or deleting any row breaks the chain from there on; audit_head
-- holds the hash of the last row (a deleted tail shows too) and is locked to append, which keeps
-- the chain a single line when several instances write at once.
CREATE TABLE audit_event (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  occurred_at  DATETIME(6)  NOT NULL,
  actor        VARCHAR(100) NOT NULL,
  action       VARCHAR(30)  NOT NULL,
  subject_type VARCHAR(40)  NOT NULL,
  subject_ref  VARCHAR(60)  NOT NULL,
  csp_id       BIGINT       NULL,
  detail       VARCHAR(1000) NULL,
  prev_hash    CHAR(64)     NOT NULL,
  hash         CHAR(64)     NOT NULL
);
CREATE INDEX ix_audit_event_subject ON audit_event (subject_type, subject_ref, id);
CREATE INDEX ix_audit_event_actor ON audit_event (actor, id);
CREATE INDEX ix_audit_event_time ON audit_event (occurred_at);

CREATE TABLE audit_head (
  id        INT          PRIMARY KEY,
  last_id   BIGINT       NOT NULL,
  last_hash CHAR(64)     NOT NULL
);
INSERT INTO audit_head (id, last_id, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
