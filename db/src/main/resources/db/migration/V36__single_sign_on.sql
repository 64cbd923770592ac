-- Sign-in through an organisation's own OpenID Connect provider. An identity at the provider
-- (its issuer and subject, which never change for a person) is linked to one account, the first
-- time by the provider's verified e-mail address matching the account's.
CREATE TABLE external_identity (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  issuer       VARCHAR(255) NOT NULL,
  subject      VARCHAR(255) NOT NULL,
  user_id      BIGINT       NOT NULL,
  email        VARCHAR(254) NOT NULL,
  linked_at    DATETIME(6)  NOT NULL,
  last_used_at DATETIME(6)  NULL,
  CONSTRAINT uk_external_identity UNIQUE (issuer, subject),
  CONSTRAINT fk_external_identity_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);
CREATE INDEX ix_external_identity_user ON external_identity (user_id);

-- Someone the provider vouches for, with no account here: they wait for an administrator, who
-- invites them with roles and organisations (approved) or refuses them.
CREATE TABLE sign_in_request (
  id                BIGINT AUTO_INCREMENT PRIMARY KEY,
  issuer            VARCHAR(255) NOT NULL,
  subject           VARCHAR(255) NOT NULL,
  email             VARCHAR(254) NOT NULL,
  display_name      VARCHAR(200) NOT NULL,
  status            VARCHAR(20)  NOT NULL,
  requested_at      DATETIME(6)  NOT NULL,
  last_requested_at DATETIME(6)  NOT NULL,
  decided_at        DATETIME(6)  NULL,
  decided_by        VARCHAR(100) NULL,
  version           BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT uk_sign_in_request UNIQUE (issuer, subject)
);
CREATE INDEX ix_sign_in_request_status ON sign_in_request (status, last_requested_at);
CREATE INDEX ix_sign_in_request_email ON sign_in_request (email);
