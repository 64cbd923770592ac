-- How each person wants each kind of notice by e-mail: one at a time (the default, no row), in a
-- daily summary, or not at all. Every notice is in the inbox whatever is chosen.
CREATE TABLE notification_preference (
  user_id  BIGINT      NOT NULL,
  kind     VARCHAR(30) NOT NULL,
  delivery VARCHAR(10) NOT NULL,
  PRIMARY KEY (user_id, kind),
  CONSTRAINT fk_notification_preference_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);
-- the daily summary finds each person's waiting notices by state
CREATE INDEX ix_notification_digest ON notification (email_state, user_id, created_at);
