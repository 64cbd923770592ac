-- Two-factor authentication (RFC 6238 time-based codes) and personal access tokens for the API.
-- A row of two_factor with enabled_at NULL is an enrolment begun and not yet confirmed with a code.
-- last_step is the newest 30-second step whose code was accepted: a code is taken only for a later
-- step, in one conditional UPDATE, so that a code seen over someone's shoulder cannot be used again.
CREATE TABLE two_factor (
  user_id    BIGINT      NOT NULL PRIMARY KEY,
  secret     VARCHAR(64) NOT NULL,
  created_at DATETIME(6) NOT NULL,
  enabled_at DATETIME(6) NULL,
  last_step  BIGINT      NOT NULL DEFAULT 0,
  CONSTRAINT fk_two_factor_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);

-- One-time recovery codes, for a lost authenticator: only their SHA-256 is kept.
CREATE TABLE recovery_code (
  id        BIGINT AUTO_INCREMENT PRIMARY KEY,
  user_id   BIGINT      NOT NULL,
  code_hash CHAR(64)    NOT NULL,
  used_at   DATETIME(6) NULL,
  CONSTRAINT fk_recovery_code_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);
CREATE INDEX ix_recovery_code_user ON recovery_code (user_id, used_at);

-- Personal access tokens: named, expiring and revocable credentials for the API, used instead of
-- a password by accounts with two-factor authentication. Only the SHA-256 of a token is kept.
CREATE TABLE access_token (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  user_id      BIGINT       NOT NULL,
  name         VARCHAR(100) NOT NULL,
  token_hash   CHAR(64)     NOT NULL,
  hint         VARCHAR(12)  NOT NULL,
  created_at   DATETIME(6)  NOT NULL,
  expires_at   DATETIME(6)  NOT NULL,
  last_used_at DATETIME(6)  NULL,
  revoked_at   DATETIME(6)  NULL,
  revoked_by   VARCHAR(100) NULL,
  CONSTRAINT uk_access_token_hash UNIQUE (token_hash),
  CONSTRAINT fk_access_token_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);
CREATE INDEX ix_access_token_user ON access_token (user_id, revoked_at, expires_at);
