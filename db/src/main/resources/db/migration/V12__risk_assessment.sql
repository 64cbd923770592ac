-- Risk and vulnerability assessment of an ASB case review: a form of questions whose answers score,
-- and bands of the total that set the case's priority and the SLA policy its threshold decision
-- runs under. Forms are per CSP and versioned by the day they take effect, like threshold rules
-- (csp_id NULL: the national default); a form is never edited once made, so assessments keep the
-- questions they were answered against. Each assessment records the stage the case was at, so
-- that the case page can prompt a reassessment when the case moves on.

-- The threshold decision deadlines, counted from the day the application was received (DOMAIN.md
-- section 4: local SLAs of 14-15 working days; quicker for the victims most at risk).
INSERT INTO sla_policy (code, revision, name, name_cy, day_kind, due_days, warn_days, current_revision, created_at, created_by)
VALUES ('CASE_DECISION_STANDARD', 1, 'Threshold decision: 15 working days',
        'Penderfyniad trothwy: 15 diwrnod gwaith', 'WORKING', 15, 3, TRUE, CURRENT_TIMESTAMP, 'system'),
       ('CASE_DECISION_HIGH', 1, 'Threshold decision, high risk: 10 working days',
        'Penderfyniad trothwy, risg uchel: 10 diwrnod gwaith', 'WORKING', 10, 2, TRUE, CURRENT_TIMESTAMP, 'system'),
       ('CASE_DECISION_URGENT', 1, 'Threshold decision, very high risk: 5 working days',
        'Penderfyniad trothwy, risg uchel iawn: 5 diwrnod gwaith', 'WORKING', 5, 1, TRUE, CURRENT_TIMESTAMP, 'system');

CREATE TABLE risk_form (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  csp_id      BIGINT        NULL,
  valid_from  DATE          NOT NULL,
  note        VARCHAR(1000) NULL,
  created_at  DATETIME(6)   NOT NULL,
  created_by  VARCHAR(100)  NOT NULL,
  CONSTRAINT fk_risk_form_csp FOREIGN KEY (csp_id) REFERENCES area (id)
);
CREATE INDEX ix_risk_form_csp ON risk_form (csp_id, valid_from);

CREATE TABLE risk_question (
  id       BIGINT AUTO_INCREMENT PRIMARY KEY,
  form_id  BIGINT       NOT NULL,
  position INT          NOT NULL,
  text_en  VARCHAR(500) NOT NULL,
  text_cy  VARCHAR(500) NOT NULL,
  CONSTRAINT fk_risk_question_form FOREIGN KEY (form_id) REFERENCES risk_form (id),
  CONSTRAINT uk_risk_question UNIQUE (form_id, position)
);

CREATE TABLE risk_option (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  question_id BIGINT       NOT NULL,
  position    INT          NOT NULL,
  label_en    VARCHAR(200) NOT NULL,
  label_cy    VARCHAR(200) NOT NULL,
  score       INT          NOT NULL,
  CONSTRAINT fk_risk_option_question FOREIGN KEY (question_id) REFERENCES risk_question (id),
  CONSTRAINT uk_risk_option UNIQUE (question_id, position)
);

-- A total of min_score or more (and less than the next band's) falls in the band.
CREATE TABLE risk_band (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  form_id         BIGINT       NOT NULL,
  min_score       INT          NOT NULL,
  label_en        VARCHAR(100) NOT NULL,
  label_cy        VARCHAR(100) NOT NULL,
  priority        VARCHAR(10)  NOT NULL,
  sla_policy_code VARCHAR(60)  NOT NULL,
  CONSTRAINT fk_risk_band_form FOREIGN KEY (form_id) REFERENCES risk_form (id),
  CONSTRAINT uk_risk_band UNIQUE (form_id, min_score)
);

CREATE TABLE case_risk_assessment (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  case_id         BIGINT        NOT NULL,
  form_id         BIGINT        NOT NULL,
  band_id         BIGINT        NOT NULL,
  stage           VARCHAR(40)   NOT NULL,
  score           INT           NOT NULL,
  note            TEXT          NULL,
  assessed_on     DATE          NOT NULL,
  assessed_at     DATETIME(6)   NOT NULL,
  assessed_by     VARCHAR(100)  NOT NULL,
  CONSTRAINT fk_case_risk_case FOREIGN KEY (case_id) REFERENCES case_review (id),
  CONSTRAINT fk_case_risk_form FOREIGN KEY (form_id) REFERENCES risk_form (id),
  CONSTRAINT fk_case_risk_band FOREIGN KEY (band_id) REFERENCES risk_band (id)
);
CREATE INDEX ix_case_risk_case ON case_risk_assessment (case_id, assessed_at);

CREATE TABLE case_risk_answer (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  assessment_id BIGINT NOT NULL,
  question_id   BIGINT NOT NULL,
  option_id     BIGINT NOT NULL,
  CONSTRAINT fk_case_risk_answer_assessment FOREIGN KEY (assessment_id) REFERENCES case_risk_assessment (id),
  CONSTRAINT fk_case_risk_answer_question FOREIGN KEY (question_id) REFERENCES risk_question (id),
  CONSTRAINT fk_case_risk_answer_option FOREIGN KEY (option_id) REFERENCES risk_option (id),
  CONSTRAINT uk_case_risk_answer UNIQUE (assessment_id, question_id)
);

-- What the latest assessment set, and the decision deadline it gives (NULL stage: never assessed).
-- Cases received before this version have no deadline until they are assessed.
ALTER TABLE case_review ADD COLUMN priority VARCHAR(10) NOT NULL DEFAULT 'NORMAL';
ALTER TABLE case_review ADD COLUMN sla_policy_code VARCHAR(60) NOT NULL DEFAULT 'CASE_DECISION_STANDARD';
ALTER TABLE case_review ADD COLUMN decision_due_on DATE NULL;
ALTER TABLE case_review ADD COLUMN assessed_stage VARCHAR(40) NULL;
CREATE INDEX ix_case_review_priority ON case_review (csp_id, priority, received_on);

-- The national default form, in force from the day section 104 came into force. The questions
-- follow the vulnerability and harm factors that local ASB risk assessment matrices share.
INSERT INTO risk_form (csp_id, valid_from, note, created_at, created_by)
VALUES (NULL, '2014-10-20', 'National default: eight questions on vulnerability and harm.', '2014-10-20 00:00:00', 'system');

INSERT INTO risk_question (form_id, position, text_en, text_cy)
SELECT id, 1, 'Is the victim targeted because of who they are (race, religion, disability, sexual orientation, transgender identity)?',
       'A yw''r dioddefwr yn cael ei dargedu oherwydd pwy ydyw (hil, crefydd, anabledd, cyfeiriadedd rhywiol, hunaniaeth drawsryweddol)?' FROM risk_form WHERE csp_id IS NULL
UNION ALL SELECT id, 2, 'Does the victim have a disability, a long-term illness or a mental health condition?',
       'A oes gan y dioddefwr anabledd, salwch hirdymor neu gyflwr iechyd meddwl?' FROM risk_form WHERE csp_id IS NULL
UNION ALL SELECT id, 3, 'Has the behaviour affected the victim''s physical or mental health?',
       'A yw''r ymddygiad wedi effeithio ar iechyd corfforol neu feddyliol y dioddefwr?' FROM risk_form WHERE csp_id IS NULL
UNION ALL SELECT id, 4, 'Does the victim feel unsafe in their home?',
       'A yw''r dioddefwr yn teimlo''n anniogel yn ei gartref?' FROM risk_form WHERE csp_id IS NULL
UNION ALL SELECT id, 5, 'Is the victim isolated, living alone or with little support?',
       'A yw''r dioddefwr yn ynysig, yn byw ar ei ben ei hun neu heb fawr o gefnogaeth?' FROM risk_form WHERE csp_id IS NULL
UNION ALL SELECT id, 6, 'Are children or other vulnerable people in the household affected?',
       'A effeithir ar blant neu bobl agored i niwed eraill yn yr aelwyd?' FROM risk_form WHERE csp_id IS NULL
UNION ALL SELECT id, 7, 'How often does the behaviour happen?',
       'Pa mor aml y mae''r ymddygiad yn digwydd?' FROM risk_form WHERE csp_id IS NULL
UNION ALL SELECT id, 8, 'Has the victim been threatened or attacked?',
       'A yw''r dioddefwr wedi cael ei fygwth neu ymosod arno?' FROM risk_form WHERE csp_id IS NULL;

INSERT INTO risk_option (question_id, position, label_en, label_cy, score)
SELECT q.id, 1, 'No', 'Nac ydy', 0 FROM risk_question q WHERE q.position IN (1, 2, 5)
UNION ALL SELECT q.id, 2, 'Yes', 'Ydy', 3 FROM risk_question q WHERE q.position = 1
UNION ALL SELECT q.id, 2, 'Yes', 'Oes', 2 FROM risk_question q WHERE q.position = 2
UNION ALL SELECT q.id, 2, 'Yes', 'Ydy', 2 FROM risk_question q WHERE q.position = 5
UNION ALL SELECT q.id, 1, 'No', 'Nac ydy', 0 FROM risk_question q WHERE q.position = 3
UNION ALL SELECT q.id, 2, 'Somewhat', 'I ryw raddau', 1 FROM risk_question q WHERE q.position = 3
UNION ALL SELECT q.id, 3, 'Severely', 'Yn ddifrifol', 3 FROM risk_question q WHERE q.position = 3
UNION ALL SELECT q.id, 1, 'No', 'Nac ydy', 0 FROM risk_question q WHERE q.position = 4
UNION ALL SELECT q.id, 2, 'Sometimes', 'Weithiau', 1 FROM risk_question q WHERE q.position = 4
UNION ALL SELECT q.id, 3, 'Yes', 'Ydy', 3 FROM risk_question q WHERE q.position = 4
UNION ALL SELECT q.id, 1, 'No', 'Na', 0 FROM risk_question q WHERE q.position = 6
UNION ALL SELECT q.id, 2, 'Yes', 'Ie', 2 FROM risk_question q WHERE q.position = 6
UNION ALL SELECT q.id, 1, 'Less than weekly', 'Llai nag unwaith yr wythnos', 0 FROM risk_question q WHERE q.position = 7
UNION ALL SELECT q.id, 2, 'Weekly', 'Yn wythnosol', 1 FROM risk_question q WHERE q.position = 7
UNION ALL SELECT q.id, 3, 'Daily', 'Yn ddyddiol', 2 FROM risk_question q WHERE q.position = 7
UNION ALL SELECT q.id, 1, 'No', 'Nac ydy', 0 FROM risk_question q WHERE q.position = 8
UNION ALL SELECT q.id, 2, 'Threatened', 'Wedi''i fygwth', 2 FROM risk_question q WHERE q.position = 8
UNION ALL SELECT q.id, 3, 'Attacked', 'Ymosodwyd arno', 4 FROM risk_question q WHERE q.position = 8;

INSERT INTO risk_band (form_id, min_score, label_en, label_cy, priority, sla_policy_code)
SELECT id, 0, 'Standard risk', 'Risg safonol', 'NORMAL', 'CASE_DECISION_STANDARD' FROM risk_form WHERE csp_id IS NULL
UNION ALL SELECT id, 8, 'High risk', 'Risg uchel', 'HIGH', 'CASE_DECISION_HIGH' FROM risk_form WHERE csp_id IS NULL
UNION ALL SELECT id, 14, 'Very high risk', 'Risg uchel iawn', 'URGENT', 'CASE_DECISION_URGENT' FROM risk_form WHERE csp_id IS NULL;
