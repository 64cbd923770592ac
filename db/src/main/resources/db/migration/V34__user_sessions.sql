-- Where each person is signed in: one row per signed-in browser session, so that people can see
-- their sessions and sign out of the others, and administrators end them, on any node.
CREATE TABLE user_session (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  public_id    CHAR(32)     NOT NULL,
  user_id      BIGINT       NOT NULL,
  started_at   DATETIME(6)  NOT NULL,
  last_seen_at DATETIME(6)  NOT NULL,
  ended_at     DATETIME(6)  NULL,
  ended_by     VARCHAR(100) NULL,
  user_agent   VARCHAR(300) NULL,
  address      VARCHAR(64)  NULL,
  CONSTRAINT uk_user_session_public UNIQUE (public_id),
  CONSTRAINT fk_user_session_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);
CREATE INDEX ix_user_session_user ON user_session (user_id, ended_at, last_seen_at);
