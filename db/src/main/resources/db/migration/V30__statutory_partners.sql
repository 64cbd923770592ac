-- The other responsible authorities of each partnership (Crime and Disorder Act 1998 s5: fire and
-- rescue, the integrated care board or local health board, the county council) are loaded from the
-- ONS lookups shipped in db/reference. A membership records where it came from, and for a health
-- board covering only part of a partnership's council, the share of the council it covers.
ALTER TABLE csp_membership ADD COLUMN member_source VARCHAR(20) NOT NULL DEFAULT 'ADMINISTRATOR';
ALTER TABLE csp_membership ADD COLUMN coverage_pct INT NULL;
