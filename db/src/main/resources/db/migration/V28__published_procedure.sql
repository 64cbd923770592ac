-- Each partnership publishes its ASB case review procedure and its point of contact (ASBCPA 2014
-- s104(2) and (3)); they are kept with the threshold rule they describe, so that a new rule is
-- published with its own words and an old application keeps the rule (and words) of its day.
ALTER TABLE threshold_rule ADD COLUMN procedure_en VARCHAR(4000) NULL;
ALTER TABLE threshold_rule ADD COLUMN procedure_cy VARCHAR(4000) NULL;
ALTER TABLE threshold_rule ADD COLUMN contact_name VARCHAR(200) NULL;
ALTER TABLE threshold_rule ADD COLUMN contact_email VARCHAR(200) NULL;
ALTER TABLE threshold_rule ADD COLUMN contact_phone VARCHAR(40) NULL;
