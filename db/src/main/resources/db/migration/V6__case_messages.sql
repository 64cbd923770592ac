-- Messages to applicants (DESIGN.md section 6 and the Welsh Language Standards: in the language
-- they chose), sent through an outbox like the notifications': a row is written in the transaction
-- that creates the reason for it, and a sender holding a lease hands it to the SMTP server later.
-- The address is copied at the time of writing, and blanked when the case is anonymised.
CREATE TABLE case_message (
  id             BIGINT AUTO_INCREMENT PRIMARY KEY,
  case_review_id BIGINT       NOT NULL,
  kind           VARCHAR(30)  NOT NULL,
  language       VARCHAR(2)   NOT NULL,
  to_address     VARCHAR(254) NULL,
  state          VARCHAR(10)  NOT NULL,
  attempts       INT          NOT NULL DEFAULT 0,
  lease_until    DATETIME(6)  NULL,
  sent_at        DATETIME(6)  NULL,
  last_error     VARCHAR(500) NULL,
  created_at     DATETIME(6)  NOT NULL,
  CONSTRAINT fk_case_message_case FOREIGN KEY (case_review_id) REFERENCES case_review (id)
);
CREATE INDEX ix_case_message_outbox ON case_message (state, lease_until);
CREATE INDEX ix_case_message_case ON case_message (case_review_id, id);
