-- How long the personal data of a closed case review is kept (no national period exists: each
-- partnership sets its own; DOMAIN.md section 8). A scheduled job anonymises closed cases once the
-- period has passed, keeping the dates and outcomes the statutory figures count.
CREATE TABLE retention_rule (
  id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
  csp_id             BIGINT       NULL,
  years_after_closure INT         NOT NULL,
  updated_at         DATETIME(6)  NOT NULL,
  updated_by         VARCHAR(100) NOT NULL,
  version            BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT uk_retention_rule_csp UNIQUE (csp_id),
  CONSTRAINT fk_retention_rule_csp FOREIGN KEY (csp_id) REFERENCES area (id)
);
INSERT INTO retention_rule (csp_id, years_after_closure, updated_at, updated_by)
VALUES (NULL, 6, CURRENT_TIMESTAMP, 'system');
