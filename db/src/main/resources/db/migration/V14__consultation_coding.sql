-- Coding free-text answers (issue 5): a consultation's codebook of themes (hierarchical, English
-- and Welsh labels and definitions), and each analyst's reading of an answer: the themes they gave
-- it (possibly none, which is itself a coding), a note, and for each theme the passage that can be
-- quoted. Two analysts reading the same answer make the double-coded sample that agreement (Cohen's
-- kappa per theme) is measured on.

CREATE TABLE consultation_theme (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  consultation_id BIGINT        NOT NULL,
  parent_id       BIGINT        NULL,
  code            VARCHAR(40)   NOT NULL,
  label_en        VARCHAR(200)  NOT NULL,
  label_cy        VARCHAR(200)  NULL,
  definition_en   VARCHAR(2000) NULL,
  definition_cy   VARCHAR(2000) NULL,
  created_at      DATETIME(6)   NOT NULL,
  created_by      VARCHAR(100)  NOT NULL,
  version         BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT fk_theme_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id),
  CONSTRAINT fk_theme_parent FOREIGN KEY (parent_id) REFERENCES consultation_theme (id),
  CONSTRAINT uk_theme_code UNIQUE (consultation_id, code)
);

CREATE TABLE answer_review (
  id        BIGINT AUTO_INCREMENT PRIMARY KEY,
  answer_id BIGINT        NOT NULL,
  coder     VARCHAR(100)  NOT NULL,
  note      VARCHAR(2000) NULL,
  coded_at  DATETIME(6)   NOT NULL,
  version   BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT fk_review_answer FOREIGN KEY (answer_id) REFERENCES consultation_answer (id),
  CONSTRAINT uk_review UNIQUE (answer_id, coder)
);
CREATE INDEX ix_review_coder ON answer_review (coder, answer_id);

CREATE TABLE answer_theme (
  id        BIGINT AUTO_INCREMENT PRIMARY KEY,
  review_id BIGINT        NOT NULL,
  theme_id  BIGINT        NOT NULL,
  passage   VARCHAR(1000) NULL,
  CONSTRAINT fk_answer_theme_review FOREIGN KEY (review_id) REFERENCES answer_review (id),
  CONSTRAINT fk_answer_theme_theme FOREIGN KEY (theme_id) REFERENCES consultation_theme (id),
  CONSTRAINT uk_answer_theme UNIQUE (review_id, theme_id)
);
CREATE INDEX ix_answer_theme_theme ON answer_theme (theme_id, review_id);
