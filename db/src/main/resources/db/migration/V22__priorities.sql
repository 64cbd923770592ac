-- The police and crime plan's priorities (PRSRA 2011 s5) as its policing body lists them, and where
-- a CSP's plan priorities align with them: the duty of each to have regard to the other's priorities
-- (s10). A CSP's priorities are those of its plan (or refresh, or agreement) last sent; an
-- alignment names the CSP priority by its text, so it survives a new plan with the same wording.
CREATE TABLE police_crime_priority (
  id         BIGINT AUTO_INCREMENT PRIMARY KEY,
  pfa_id     BIGINT       NOT NULL,
  body_id    BIGINT       NOT NULL,
  position   INT          NOT NULL,
  title_en   VARCHAR(300) NOT NULL,
  title_cy   VARCHAR(300) NOT NULL,
  active     BOOLEAN      NOT NULL,
  created_at DATETIME(6)  NOT NULL,
  created_by VARCHAR(100) NOT NULL,
  CONSTRAINT fk_pcp_priority_pfa FOREIGN KEY (pfa_id) REFERENCES area (id),
  CONSTRAINT fk_pcp_priority_body FOREIGN KEY (body_id) REFERENCES organisation (id)
);
CREATE INDEX ix_pcp_priority_pfa ON police_crime_priority (pfa_id, active, position);

CREATE TABLE priority_alignment (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  csp_id          BIGINT       NOT NULL,
  csp_priority    VARCHAR(500) NOT NULL,
  pcp_priority_id BIGINT       NOT NULL,
  marked_at       DATETIME(6)  NOT NULL,
  marked_by       VARCHAR(100) NOT NULL,
  CONSTRAINT fk_alignment_csp FOREIGN KEY (csp_id) REFERENCES area (id),
  CONSTRAINT fk_alignment_priority FOREIGN KEY (pcp_priority_id) REFERENCES police_crime_priority (id)
);
CREATE INDEX ix_alignment_csp ON priority_alignment (csp_id);
