-- Accounts people can be given without SQL: invitations and password resets by one-time link, an
-- organisation's lead who manages its own staff, and sessions that end at once when an
-- administrator says so.

-- An organisation's lead (a CSP coordinator lead, a PCC office manager) manages the accounts of the
-- organisations they act for, within their own roles.
ALTER TABLE app_user ADD COLUMN organisation_lead BOOLEAN NOT NULL DEFAULT FALSE;
-- Raised to end every session and cached API credential of the account.
ALTER TABLE app_user ADD COLUMN session_epoch INT NOT NULL DEFAULT 0;
ALTER TABLE app_user ADD COLUMN password_changed_at DATETIME(6) NULL;
ALTER TABLE app_user ADD COLUMN last_failed_at DATETIME(6) NULL;
ALTER TABLE app_user ADD COLUMN invited_by VARCHAR(100) NULL;
-- one account per e-mail address (several NULLs allowed)
CREATE UNIQUE INDEX uk_app_user_email ON app_user (email);

-- A one-time link to set a password: an invitation, a reset, or the first administrator's. Only a
-- SHA-256 of the token is kept; using it marks it used, once, before it expires.
CREATE TABLE account_token (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  token_hash  CHAR(64)     NOT NULL,
  user_id     BIGINT       NOT NULL,
  purpose     VARCHAR(20)  NOT NULL,
  created_at  DATETIME(6)  NOT NULL,
  created_by  VARCHAR(100) NOT NULL,
  expires_at  DATETIME(6)  NOT NULL,
  used_at     DATETIME(6)  NULL,
  CONSTRAINT uk_account_token_hash UNIQUE (token_hash),
  CONSTRAINT fk_account_token_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);
CREATE INDEX ix_account_token_user ON account_token (user_id, purpose);

-- the list of accounts is filtered by name, e-mail and state, and sorted by name
CREATE INDEX ix_app_user_display_name ON app_user (display_name);
