-- Users, their roles (DESIGN.md section 4) and the organisations they act for. Passwords are
-- PBKDF2 hashes in the Jakarta Security format "algorithm:iterations:salt:hash".
CREATE TABLE app_user (
  id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
  username           VARCHAR(100) NOT NULL,
  display_name       VARCHAR(200) NOT NULL,
  email              VARCHAR(254) NULL,
  password_hash      VARCHAR(255) NOT NULL,
  preferred_language CHAR(2)      NOT NULL DEFAULT 'en',
  enabled            BOOLEAN      NOT NULL DEFAULT TRUE,
  failed_attempts    INT          NOT NULL DEFAULT 0,
  locked_until       DATETIME(6)  NULL,
  last_login_at      DATETIME(6)  NULL,
  created_at         DATETIME(6)  NOT NULL,
  version            BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT uk_app_user_username UNIQUE (username)
);

CREATE TABLE app_user_role (
  user_id BIGINT      NOT NULL,
  role    VARCHAR(40) NOT NULL,
  PRIMARY KEY (user_id, role),
  CONSTRAINT fk_app_user_role_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);

CREATE TABLE app_user_organisation (
  user_id         BIGINT NOT NULL,
  organisation_id BIGINT NOT NULL,
  PRIMARY KEY (user_id, organisation_id),
  CONSTRAINT fk_app_user_organisation_user FOREIGN KEY (user_id) REFERENCES app_user (id),
  CONSTRAINT fk_app_user_organisation_org FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);
CREATE INDEX ix_app_user_organisation_org ON app_user_organisation (organisation_id);
