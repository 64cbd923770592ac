-- The audit chain is keyed (issue 17): each row's hash becomes an HMAC-SHA256 under a key the
-- servers read from configuration (SP_AUDIT_KEY), never from the database, so someone who can
-- write the database can no longer rewrite a row and recompute the chain. key_id names the key a
-- row was signed with, so keys can be rotated; rows from before (key_id NULL) are re-signed by the
-- first server that appends, once their plain SHA-256 chain has been checked intact. The head
-- carries its own MAC, so a deleted tail cannot be hidden by moving the head back.
ALTER TABLE audit_event ADD COLUMN key_id VARCHAR(20) NULL;
ALTER TABLE audit_head ADD COLUMN key_id VARCHAR(20) NULL;
ALTER TABLE audit_head ADD COLUMN mac CHAR(64) NULL;
