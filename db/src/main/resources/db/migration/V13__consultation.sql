-- Consultations (DESIGN.md section 2, the consultation context): a consultation owned by an
-- organisation (the Home Office, a PCC office), its questions (closed: single or multiple choice,
-- an agree/disagree scale, yes/no; open: free text), the respondent categories it counts by, and
-- the responses, typed in from letters or imported from files in the background.
--
-- An answer row is one chosen option of a closed question or the text of an open one, so that
-- tallies by question, option and respondent category are one GROUP BY in SQL.
--
-- Imported responses are written in chunks while the import runs and only become live (counted,
-- listed) when the whole file is in, in one UPDATE: an import is all or nothing to its readers.

CREATE TABLE consultation (
  id                BIGINT AUTO_INCREMENT PRIMARY KEY,
  title_en          VARCHAR(300)  NOT NULL,
  title_cy          VARCHAR(300)  NULL,
  summary           VARCHAR(2000) NULL,
  owner_id          BIGINT        NOT NULL,
  opens_on          DATE          NOT NULL,
  closes_on         DATE          NOT NULL,
  asks_organisation BOOLEAN       NOT NULL,
  created_at        DATETIME(6)   NOT NULL,
  created_by        VARCHAR(100)  NOT NULL,
  version           BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT fk_consultation_owner FOREIGN KEY (owner_id) REFERENCES organisation (id)
);
CREATE INDEX ix_consultation_owner ON consultation (owner_id, closes_on);
CREATE INDEX ix_consultation_closes ON consultation (closes_on);

CREATE TABLE consultation_question (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  consultation_id BIGINT        NOT NULL,
  position        INT           NOT NULL,
  code            VARCHAR(40)   NOT NULL,
  text_en         VARCHAR(1000) NOT NULL,
  text_cy         VARCHAR(1000) NULL,
  kind            VARCHAR(20)   NOT NULL,
  CONSTRAINT fk_consultation_question FOREIGN KEY (consultation_id) REFERENCES consultation (id),
  CONSTRAINT uk_consultation_question_position UNIQUE (consultation_id, position),
  CONSTRAINT uk_consultation_question_code UNIQUE (consultation_id, code)
);

CREATE TABLE consultation_option (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  question_id BIGINT       NOT NULL,
  position    INT          NOT NULL,
  label_en    VARCHAR(300) NOT NULL,
  label_cy    VARCHAR(300) NULL,
  CONSTRAINT fk_consultation_option FOREIGN KEY (question_id) REFERENCES consultation_question (id),
  CONSTRAINT uk_consultation_option UNIQUE (question_id, position)
);

CREATE TABLE respondent_category (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  consultation_id BIGINT       NOT NULL,
  position        INT          NOT NULL,
  code            VARCHAR(40)  NOT NULL,
  label_en        VARCHAR(200) NOT NULL,
  label_cy        VARCHAR(200) NULL,
  CONSTRAINT fk_respondent_category FOREIGN KEY (consultation_id) REFERENCES consultation (id),
  CONSTRAINT uk_respondent_category_code UNIQUE (consultation_id, code),
  CONSTRAINT uk_respondent_category_position UNIQUE (consultation_id, position)
);

-- A file being imported: kept (gzipped) from upload until it is in, with the mapping chosen, the
-- progress of the background job and, for a file refused, its problems (one a line: row, column,
-- message key and arguments, separated by tabs) to show in the reader's language.
CREATE TABLE consultation_import (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  consultation_id BIGINT       NOT NULL,
  file_name       VARCHAR(255) NOT NULL,
  file_format     VARCHAR(4)   NOT NULL,
  file_sha256     CHAR(64)     NOT NULL,
  file_size       BIGINT       NOT NULL,
  content         LONGBLOB     NULL,
  headings        TEXT         NOT NULL,
  samples         TEXT         NOT NULL,
  row_count       INT          NOT NULL,
  state           VARCHAR(12)  NOT NULL,
  mapping         TEXT         NULL,
  rows_done       INT          NOT NULL DEFAULT 0,
  responses_added INT          NOT NULL DEFAULT 0,
  responses_known INT          NOT NULL DEFAULT 0,
  problems        TEXT         NULL,
  created_at      DATETIME(6)  NOT NULL,
  created_by      VARCHAR(100) NOT NULL,
  started_at      DATETIME(6)  NULL,
  heartbeat_at    DATETIME(6)  NULL,
  finished_at     DATETIME(6)  NULL,
  version         BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT fk_consultation_import FOREIGN KEY (consultation_id) REFERENCES consultation (id)
);
CREATE INDEX ix_consultation_import ON consultation_import (consultation_id, created_at);
CREATE INDEX ix_consultation_import_file ON consultation_import (consultation_id, file_sha256, state);
CREATE INDEX ix_consultation_import_state ON consultation_import (state, heartbeat_at);

-- The column mapping a consultation's imports have used, by heading, offered for the next file.
CREATE TABLE consultation_column_map (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  consultation_id BIGINT       NOT NULL,
  heading         VARCHAR(300) NOT NULL,
  target          VARCHAR(20)  NOT NULL,
  question_id     BIGINT       NULL,
  updated_at      DATETIME(6)  NOT NULL,
  CONSTRAINT fk_column_map_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id),
  CONSTRAINT fk_column_map_question FOREIGN KEY (question_id) REFERENCES consultation_question (id),
  CONSTRAINT uk_column_map UNIQUE (consultation_id, heading)
);

CREATE TABLE consultation_response (
  id                BIGINT AUTO_INCREMENT PRIMARY KEY,
  consultation_id   BIGINT       NOT NULL,
  reference         VARCHAR(100) NULL,
  category_id       BIGINT       NULL,
  organisation_name VARCHAR(300) NULL,
  submitted_on      DATE         NULL,
  channel           VARCHAR(10)  NOT NULL,
  import_id         BIGINT       NULL,
  source_row        INT          NULL,
  live              BOOLEAN      NOT NULL,
  created_at        DATETIME(6)  NOT NULL,
  created_by        VARCHAR(100) NOT NULL,
  CONSTRAINT fk_response_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id),
  CONSTRAINT fk_response_category FOREIGN KEY (category_id) REFERENCES respondent_category (id),
  CONSTRAINT fk_response_import FOREIGN KEY (import_id) REFERENCES consultation_import (id),
  CONSTRAINT uk_response_reference UNIQUE (consultation_id, reference)
);
CREATE INDEX ix_response_consultation ON consultation_response (consultation_id, live, category_id);
CREATE INDEX ix_response_import ON consultation_response (import_id);

CREATE TABLE consultation_answer (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  response_id BIGINT NOT NULL,
  question_id BIGINT NOT NULL,
  option_id   BIGINT NULL,
  answer_text TEXT   NULL,
  CONSTRAINT fk_answer_response FOREIGN KEY (response_id) REFERENCES consultation_response (id),
  CONSTRAINT fk_answer_question FOREIGN KEY (question_id) REFERENCES consultation_question (id),
  CONSTRAINT fk_answer_option FOREIGN KEY (option_id) REFERENCES consultation_option (id)
);
CREATE INDEX ix_answer_question ON consultation_answer (question_id, option_id, response_id);
CREATE INDEX ix_answer_response ON consultation_answer (response_id);
