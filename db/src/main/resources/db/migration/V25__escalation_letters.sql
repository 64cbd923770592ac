-- The letter an applicant is sent when the policing body decides their request for review of a case
-- review, whatever it decides (refused, upheld with a new threshold decision, upheld with a review,
-- not upheld). New placeholders: {{escalationOutcome}} {{escalationReasons}}.
INSERT INTO letter_template (csp_id, kind, language, subject, body, updated_at, updated_by) VALUES
(NULL, 'ESCALATION_OUTCOME', 'en', 'Your request for your case review to be looked at again',
'Dear {{name}}

Reference: {{reference}}

You asked for the way {{partnership}} handled your application for an anti-social behaviour case review to be looked at again by the body that holds police and crime commissioner functions for your area.

{{escalationOutcome}}

Their reasons:
{{escalationReasons}}

If you have any questions, please contact us quoting your reference.

Yours sincerely

Community Safety Partnership coordinator', CURRENT_TIMESTAMP, 'system'),
(NULL, 'ESCALATION_OUTCOME', 'cy', 'Eich cais i edrych eto ar eich adolygiad achos',
'Annwyl {{name}}

Cyfeirnod: {{reference}}

Gwnaethoch ofyn i’r corff sy’n dal swyddogaethau’r comisiynydd heddlu a throseddu ar gyfer eich ardal edrych eto ar y ffordd yr ymdriniodd {{partnership}} â’ch cais am adolygiad achos ymddygiad gwrthgymdeithasol.

{{escalationOutcome}}

Eu rhesymau:
{{escalationReasons}}

Os oes gennych unrhyw gwestiynau, cysylltwch â ni gan ddyfynnu eich cyfeirnod.

Yn gywir

Cydlynydd y Bartneriaeth Diogelwch Cymunedol', CURRENT_TIMESTAMP, 'system');
