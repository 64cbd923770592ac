-- The second-report prompt (statutory guidance, July 2025): a coordinator logs the reports a victim
-- makes before any application; when a second report falls within six months of another, the
-- coordinator is prompted to tell the victim about the case review, and records that they did.
CREATE TABLE asb_victim (
  id         BIGINT AUTO_INCREMENT PRIMARY KEY,
  csp_id     BIGINT       NOT NULL,
  name       VARCHAR(200) NULL,
  contact    VARCHAR(254) NULL,
  told_on    DATE         NULL,
  told_by    VARCHAR(100) NULL,
  told_how   VARCHAR(20)  NULL,
  created_at DATETIME(6)  NOT NULL,
  created_by VARCHAR(100) NOT NULL,
  version    BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT fk_asb_victim_csp FOREIGN KEY (csp_id) REFERENCES area (id)
);
CREATE INDEX ix_asb_victim_csp ON asb_victim (csp_id, id);

CREATE TABLE asb_victim_report (
  id               BIGINT AUTO_INCREMENT PRIMARY KEY,
  victim_id        BIGINT       NOT NULL,
  incident_date    DATE         NOT NULL,
  reported_on      DATE         NOT NULL,
  agency           VARCHAR(20)  NOT NULL,
  agency_reference VARCHAR(100) NULL,
  created_at       DATETIME(6)  NOT NULL,
  created_by       VARCHAR(100) NOT NULL,
  CONSTRAINT fk_asb_victim_report_victim FOREIGN KEY (victim_id) REFERENCES asb_victim (id)
);
CREATE INDEX ix_asb_victim_report_victim ON asb_victim_report (victim_id, reported_on);
