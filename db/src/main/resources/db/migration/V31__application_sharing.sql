-- Sharing an application (ASBCPA 2014 s104(3)(b)) with the victim's social landlord where one is
-- named, and with the victim's contact details where they agreed to it.

-- A work item may be addressed to one organisation of its target kind (the victim's own landlord
-- among the partnership's several); routing sends it there if that body is of the kind and the CSP.
ALTER TABLE work_item ADD COLUMN addressee_id BIGINT NULL;
ALTER TABLE work_item ADD CONSTRAINT fk_work_item_addressee FOREIGN KEY (addressee_id) REFERENCES organisation (id);

-- The victim's social landlord (a registered provider that is a member of the partnership), and
-- whether the victim agreed that their name and contact details go to the bodies the application is
-- shared with.
ALTER TABLE case_review ADD COLUMN social_landlord_id BIGINT NULL;
ALTER TABLE case_review ADD CONSTRAINT fk_case_review_landlord FOREIGN KEY (social_landlord_id) REFERENCES organisation (id);
ALTER TABLE case_review ADD COLUMN contact_sharing_consent BOOLEAN NOT NULL DEFAULT FALSE;
