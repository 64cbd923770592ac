-- Each application for an ASB case review is passed on to the relevant bodies when it is received
-- (ASBCPA 2014 s104(3)(b)): an item for information in the police's, the council's and the health
-- body's inboxes, to be acknowledged within five working days.
INSERT INTO sla_policy (code, revision, name, name_cy, day_kind, due_days, warn_days, current_revision, created_at, created_by)
VALUES ('CASE_APPLICATION_SHARED', 1, 'Case review application shared: acknowledge within 5 working days',
        'Cais adolygiad achos wedi’i rannu: cydnabod o fewn 5 diwrnod gwaith',
        'WORKING', 5, 1, TRUE, CURRENT_TIMESTAMP, 'system');
INSERT INTO escalation_step (policy_id, step_no, after_days, target, queue)
SELECT id, 1, 0, 'HOLDER_ORGANISATION', 'LEAD' FROM sla_policy WHERE code = 'CASE_APPLICATION_SHARED' AND revision = 1;
INSERT INTO escalation_step (policy_id, step_no, after_days, target, queue)
SELECT id, 2, 3, 'CSP_PARTNERSHIP', 'CHAIR' FROM sla_policy WHERE code = 'CASE_APPLICATION_SHARED' AND revision = 1;
