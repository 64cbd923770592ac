-- "You said, we did": a follow-up raised from a theme of a consultation, as a work item routed to
-- the responsible partner; the report shows each theme's follow-ups with their state and outcome.

CREATE TABLE theme_follow_up (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  consultation_id BIGINT       NOT NULL,
  theme_id        BIGINT       NOT NULL,
  work_item_id    BIGINT       NOT NULL,
  raised_by       VARCHAR(100) NOT NULL,
  raised_at       DATETIME(6)  NOT NULL,
  CONSTRAINT fk_theme_follow_up_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id),
  CONSTRAINT fk_theme_follow_up_theme FOREIGN KEY (theme_id) REFERENCES consultation_theme (id),
  CONSTRAINT fk_theme_follow_up_item FOREIGN KEY (work_item_id) REFERENCES work_item (id),
  CONSTRAINT uk_theme_follow_up_item UNIQUE (work_item_id)
);
-- a consultation's follow-ups, by theme, for the report
CREATE INDEX ix_theme_follow_up_consultation ON theme_follow_up (consultation_id, theme_id);
