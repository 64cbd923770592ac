-- Campaigns and near-duplicates: the latest grouping of a consultation's written answers at the
-- threshold an analyst chose, what each other threshold would have made (the preview), the groups
-- (within one question, with their template answer) and each member's additions to the shared text.
-- Grouping never removes an answer: every submission is still counted.

CREATE TABLE campaign_run (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  consultation_id BIGINT       NOT NULL,
  threshold       DOUBLE       NOT NULL,
  min_words       INT          NOT NULL,
  answers         INT          NOT NULL,
  considered      INT          NOT NULL,
  group_count     INT          NOT NULL,
  grouped         INT          NOT NULL,
  pairs_compared  BIGINT       NOT NULL,
  millis          BIGINT       NOT NULL,
  run_by          VARCHAR(100) NOT NULL,
  created_at      DATETIME(6)  NOT NULL,
  CONSTRAINT fk_campaign_run_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id)
);
CREATE INDEX ix_campaign_run_consultation ON campaign_run (consultation_id, id);

CREATE TABLE campaign_level (
  run_id      BIGINT NOT NULL,
  threshold   DOUBLE NOT NULL,
  group_count INT    NOT NULL,
  grouped     INT    NOT NULL,
  PRIMARY KEY (run_id, threshold),
  CONSTRAINT fk_campaign_level_run FOREIGN KEY (run_id) REFERENCES campaign_run (id)
);

CREATE TABLE campaign_group (
  id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
  run_id             BIGINT NOT NULL,
  question_id        BIGINT NOT NULL,
  template_answer_id BIGINT NOT NULL,
  size               INT    NOT NULL,
  CONSTRAINT fk_campaign_group_run FOREIGN KEY (run_id) REFERENCES campaign_run (id),
  CONSTRAINT fk_campaign_group_question FOREIGN KEY (question_id) REFERENCES consultation_question (id),
  CONSTRAINT fk_campaign_group_template FOREIGN KEY (template_answer_id) REFERENCES consultation_answer (id)
);
-- a run's groups, largest first, optionally of one question
CREATE INDEX ix_campaign_group_run ON campaign_group (run_id, question_id, size);
CREATE INDEX ix_campaign_group_size ON campaign_group (run_id, size);

CREATE TABLE campaign_member (
  group_id   BIGINT NOT NULL,
  answer_id  BIGINT NOT NULL,
  similarity DOUBLE NOT NULL,
  added      TEXT   NULL,
  PRIMARY KEY (group_id, answer_id),
  CONSTRAINT fk_campaign_member_group FOREIGN KEY (group_id) REFERENCES campaign_group (id),
  CONSTRAINT fk_campaign_member_answer FOREIGN KEY (answer_id) REFERENCES consultation_answer (id)
);
-- the group an answer is in, for the answer and coding pages
CREATE INDEX ix_campaign_member_answer ON campaign_member (answer_id);
