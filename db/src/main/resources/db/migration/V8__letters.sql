-- Letters to applicants (ASB case review): acknowledgement, threshold decision and outcome, as PDF
-- in the applicant's language, from templates an administrator can edit (national ones, which a
-- CSP may override), stored with the case and e-mailed where the applicant chose e-mail.
-- Placeholders in templates: {{name}} {{reference}} {{partnership}} {{date}} {{receivedOn}}
-- {{decision}} {{qualifying}} {{required}} {{reviewHeldOn}} {{summary}} {{recommendations}}
-- {{closureReason}}.
CREATE TABLE letter_template (
  id         BIGINT AUTO_INCREMENT PRIMARY KEY,
  csp_id     BIGINT        NULL,
  kind       VARCHAR(30)   NOT NULL,
  language   VARCHAR(2)    NOT NULL,
  subject    VARCHAR(200)  NOT NULL,
  body       VARCHAR(8000) NOT NULL,
  updated_at DATETIME(6)   NOT NULL,
  updated_by VARCHAR(100)  NOT NULL,
  version    BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT fk_letter_template_csp FOREIGN KEY (csp_id) REFERENCES area (id)
);
CREATE INDEX ix_letter_template_kind ON letter_template (kind, language, csp_id);

CREATE TABLE case_letter (
  id             BIGINT AUTO_INCREMENT PRIMARY KEY,
  case_review_id BIGINT       NOT NULL,
  kind           VARCHAR(30)  NOT NULL,
  language       VARCHAR(2)   NOT NULL,
  file_name      VARCHAR(100) NOT NULL,
  content        LONGBLOB     NOT NULL,
  sha256         CHAR(64)     NOT NULL,
  created_at     DATETIME(6)  NOT NULL,
  created_by     VARCHAR(100) NOT NULL,
  CONSTRAINT fk_case_letter_case FOREIGN KEY (case_review_id) REFERENCES case_review (id)
);
CREATE INDEX ix_case_letter_case ON case_letter (case_review_id, id);

ALTER TABLE case_message ADD COLUMN letter_id BIGINT NULL;
ALTER TABLE case_message ADD CONSTRAINT fk_case_message_letter FOREIGN KEY (letter_id) REFERENCES case_letter (id);

INSERT INTO letter_template (csp_id, kind, language, subject, body, updated_at, updated_by) VALUES
(NULL, 'ACKNOWLEDGEMENT', 'en', 'Your application for an anti-social behaviour case review',
'Dear {{name}}

Thank you for your application for an anti-social behaviour case review, which {{partnership}} Community Safety Partnership received on {{receivedOn}}. Your reference is {{reference}}.

We will now look at the reports made about the anti-social behaviour and decide whether the threshold for a case review is met. We will write to you with our decision and the reasons for it.

If you need this letter in another format, or your circumstances change, please contact us quoting your reference.

Yours sincerely

Community Safety Partnership coordinator', CURRENT_TIMESTAMP, 'system'),
(NULL, 'ACKNOWLEDGEMENT', 'cy', 'Eich cais am adolygiad achos ymddygiad gwrthgymdeithasol',
'Annwyl {{name}}

Diolch am eich cais am adolygiad achos ymddygiad gwrthgymdeithasol, a gafodd Partneriaeth Diogelwch Cymunedol {{partnership}} ar {{receivedOn}}. Eich cyfeirnod yw {{reference}}.

Byddwn nawr yn edrych ar yr adroddiadau a wnaed am yr ymddygiad gwrthgymdeithasol ac yn penderfynu a yw’r trothwy ar gyfer adolygiad achos wedi’i gyrraedd. Byddwn yn ysgrifennu atoch gyda’n penderfyniad a’r rhesymau drosto.

Os oes angen y llythyr hwn arnoch mewn fformat arall, neu os bydd eich amgylchiadau’n newid, cysylltwch â ni gan ddyfynnu eich cyfeirnod.

Yn gywir

Cydlynydd y Bartneriaeth Diogelwch Cymunedol', CURRENT_TIMESTAMP, 'system'),
(NULL, 'THRESHOLD_DECISION', 'en', 'Our decision on your application for an anti-social behaviour case review',
'Dear {{name}}

Reference: {{reference}}

We have looked at your application of {{receivedOn}} against the threshold that applies in {{partnership}}.

{{decision}}

We counted {{qualifying}} qualifying complaints; the threshold is {{required}}.

If you are not satisfied with the way your application was dealt with, you can ask for it to be looked at again. Please contact us quoting your reference.

Yours sincerely

Community Safety Partnership coordinator', CURRENT_TIMESTAMP, 'system'),
(NULL, 'THRESHOLD_DECISION', 'cy', 'Ein penderfyniad ar eich cais am adolygiad achos ymddygiad gwrthgymdeithasol',
'Annwyl {{name}}

Cyfeirnod: {{reference}}

Rydym wedi edrych ar eich cais dyddiedig {{receivedOn}} yn erbyn y trothwy sy’n berthnasol yn {{partnership}}.

{{decision}}

Fe wnaethom gyfrif {{qualifying}} cwyn gymwys; y trothwy yw {{required}}.

Os nad ydych yn fodlon â’r ffordd yr ymdriniwyd â’ch cais, gallwch ofyn iddo gael ei ystyried eto. Cysylltwch â ni gan ddyfynnu eich cyfeirnod.

Yn gywir

Cydlynydd y Bartneriaeth Diogelwch Cymunedol', CURRENT_TIMESTAMP, 'system'),
(NULL, 'OUTCOME', 'en', 'The outcome of your anti-social behaviour case review',
'Dear {{name}}

Reference: {{reference}}

The council, police and health services in {{partnership}} met on {{reviewHeldOn}} to review how they responded to the anti-social behaviour you reported.

What the review found:
{{summary}}

What the review recommended, and each body''s response:
{{recommendations}}

We have now closed the case review. {{closureReason}}

If you are not satisfied with the outcome, you can ask for the way the review was carried out to be looked at again by the police and crime commissioner for your area. Please contact us quoting your reference.

Yours sincerely

Community Safety Partnership coordinator', CURRENT_TIMESTAMP, 'system'),
(NULL, 'OUTCOME', 'cy', 'Canlyniad eich adolygiad achos ymddygiad gwrthgymdeithasol',
'Annwyl {{name}}

Cyfeirnod: {{reference}}

Cyfarfu gwasanaethau’r cyngor, yr heddlu ac iechyd yn {{partnership}} ar {{reviewHeldOn}} i adolygu sut y gwnaethant ymateb i’r ymddygiad gwrthgymdeithasol a adroddwyd gennych.

Beth a ganfu’r adolygiad:
{{summary}}

Beth a argymhellodd yr adolygiad, ac ymateb pob corff:
{{recommendations}}

Rydym bellach wedi cau’r adolygiad achos. {{closureReason}}

Os nad ydych yn fodlon â’r canlyniad, gallwch ofyn i’r comisiynydd heddlu a throseddu ar gyfer eich ardal ystyried eto’r ffordd y cynhaliwyd yr adolygiad. Cysylltwch â ni gan ddyfynnu eich cyfeirnod.

Yn gywir

Cydlynydd y Bartneriaeth Diogelwch Cymunedol', CURRENT_TIMESTAMP, 'system');
