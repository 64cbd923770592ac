-- Suggested themes: a training run on the analysts' coding, its measured quality on the coded
-- answers held back (per theme and overall, beside the most-frequent-themes baseline), and the
-- themes it suggests for uncoded answers, each accepted or rejected by a person.

CREATE TABLE suggestion_run (
  id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
  consultation_id     BIGINT       NOT NULL,
  state               VARCHAR(20)  NOT NULL,
  threshold           DOUBLE       NOT NULL,
  coded_answers       INT          NULL,
  training_answers    INT          NULL,
  held_back_answers   INT          NULL,
  themes_learnt       INT          NULL,
  micro_precision     DOUBLE       NULL,
  micro_recall        DOUBLE       NULL,
  micro_f1            DOUBLE       NULL,
  macro_precision     DOUBLE       NULL,
  macro_recall        DOUBLE       NULL,
  macro_f1            DOUBLE       NULL,
  baseline_micro_f1   DOUBLE       NULL,
  baseline_macro_f1   DOUBLE       NULL,
  training_ms         BIGINT       NULL,
  suggestions         INT          NULL,
  failure             VARCHAR(200) NULL,
  started_by          VARCHAR(100) NOT NULL,
  created_at          DATETIME(6)  NOT NULL,
  finished_at         DATETIME(6)  NULL,
  version             BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT fk_suggestion_run_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id)
);
CREATE INDEX ix_suggestion_run_consultation ON suggestion_run (consultation_id, id);

CREATE TABLE suggestion_score (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  run_id          BIGINT NOT NULL,
  theme_id        BIGINT NOT NULL,
  support         INT    NOT NULL,
  true_positives  INT    NOT NULL,
  false_positives INT    NOT NULL,
  false_negatives INT    NOT NULL,
  learnt          BOOLEAN NOT NULL,
  CONSTRAINT fk_suggestion_score_run FOREIGN KEY (run_id) REFERENCES suggestion_run (id),
  CONSTRAINT fk_suggestion_score_theme FOREIGN KEY (theme_id) REFERENCES consultation_theme (id),
  CONSTRAINT uk_suggestion_score UNIQUE (run_id, theme_id)
);

CREATE TABLE answer_suggestion (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  run_id      BIGINT       NOT NULL,
  answer_id   BIGINT       NOT NULL,
  theme_id    BIGINT       NOT NULL,
  confidence  DOUBLE       NOT NULL,
  decision    VARCHAR(10)  NULL,
  decided_by  VARCHAR(100) NULL,
  decided_at  DATETIME(6)  NULL,
  version     BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT fk_answer_suggestion_run FOREIGN KEY (run_id) REFERENCES suggestion_run (id),
  CONSTRAINT fk_answer_suggestion_answer FOREIGN KEY (answer_id) REFERENCES consultation_answer (id),
  CONSTRAINT fk_answer_suggestion_theme FOREIGN KEY (theme_id) REFERENCES consultation_theme (id),
  CONSTRAINT uk_answer_suggestion UNIQUE (run_id, answer_id, theme_id)
);
-- the open suggestions of a run, most confident first, optionally of one theme
CREATE INDEX ix_answer_suggestion_open ON answer_suggestion (run_id, decision, confidence);
CREATE INDEX ix_answer_suggestion_theme ON answer_suggestion (run_id, theme_id, decision);
-- rejected suggestions are not made again: looked up by answer
CREATE INDEX ix_answer_suggestion_answer ON answer_suggestion (answer_id, theme_id, decision);

-- Answers written in Welsh (told by OpenNLP's language detector when stored), to filter them.
ALTER TABLE consultation_answer ADD COLUMN welsh BOOLEAN NOT NULL DEFAULT FALSE;
CREATE INDEX ix_answer_welsh ON consultation_answer (welsh, question_id);
