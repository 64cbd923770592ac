-- A threshold decision letter lists each complaint and whether it counted, with the reason when it
-- did not (new placeholder {{complaints}}). Only the national templates as shipped change: a
-- template an administrator has reworded is left as it is, and can take the placeholder by hand.
UPDATE letter_template
SET body = REPLACE(body, 'the threshold is {{required}}.', 'the threshold is {{required}}. Each complaint, and whether it counted:

{{complaints}}')
WHERE kind = 'THRESHOLD_DECISION' AND csp_id IS NULL AND language = 'en' AND updated_by = 'system';

UPDATE letter_template
SET body = REPLACE(body, 'y trothwy yw {{required}}.', 'y trothwy yw {{required}}. Pob cwyn, ac a oedd yn cyfrif:

{{complaints}}')
WHERE kind = 'THRESHOLD_DECISION' AND csp_id IS NULL AND language = 'cy' AND updated_by = 'system';
