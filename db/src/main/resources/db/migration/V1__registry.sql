-- The partnership registry: ONS areas (councils, CSPs, police force areas), the versioned
-- LAD -> CSP -> PFA mapping, organisations, CSP membership and the policing body of each force
-- area over time. One dialect for MySQL/MariaDB and for H2 in MODE=MariaDB.

-- One import of an ONS LAD -> CSP -> PFA lookup. The vintage in force on a date is the one with the
-- latest valid_from on or before it.
CREATE TABLE registry_vintage (
  id               BIGINT AUTO_INCREMENT PRIMARY KEY,
  label            VARCHAR(100) NOT NULL,
  reference_year   INT          NULL,
  valid_from       DATE         NOT NULL,
  source_file_name VARCHAR(255) NOT NULL,
  content_sha256   CHAR(64)     NOT NULL,
  row_count        INT          NOT NULL,
  lad_count        INT          NOT NULL,
  csp_count        INT          NOT NULL,
  pfa_count        INT          NOT NULL,
  imported_at      DATETIME(6)  NOT NULL,
  imported_by      VARCHAR(100) NOT NULL,
  CONSTRAINT uk_registry_vintage_content UNIQUE (content_sha256),
  CONSTRAINT uk_registry_vintage_valid_from UNIQUE (valid_from)
);

-- A GSS-coded area. Codes are never reused by ONS, so one row serves every vintage; the names are
-- those of the newest vintage that contains the code.
CREATE TABLE area (
  id        BIGINT AUTO_INCREMENT PRIMARY KEY,
  gss_code  CHAR(9)      NOT NULL,
  area_type VARCHAR(40)  NOT NULL,
  country   CHAR(1)      NOT NULL,
  name      VARCHAR(200) NOT NULL,
  name_cy   VARCHAR(200) NULL,
  CONSTRAINT uk_area_gss_code UNIQUE (gss_code)
);
CREATE INDEX ix_area_type_country_name ON area (area_type, country, name);

-- One row of a lookup: in this vintage, this council (LAD) is (partly) covered by this CSP, which
-- sits in this police force area. LAD <-> CSP is many-to-many.
CREATE TABLE area_mapping (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  vintage_id  BIGINT NOT NULL,
  lad_id      BIGINT NOT NULL,
  csp_id      BIGINT NOT NULL,
  pfa_id      BIGINT NOT NULL,
  source_line INT    NOT NULL,
  CONSTRAINT fk_area_mapping_vintage FOREIGN KEY (vintage_id) REFERENCES registry_vintage (id),
  CONSTRAINT fk_area_mapping_lad FOREIGN KEY (lad_id) REFERENCES area (id),
  CONSTRAINT fk_area_mapping_csp FOREIGN KEY (csp_id) REFERENCES area (id),
  CONSTRAINT fk_area_mapping_pfa FOREIGN KEY (pfa_id) REFERENCES area (id),
  CONSTRAINT uk_area_mapping UNIQUE (vintage_id, lad_id, csp_id)
);
CREATE INDEX ix_area_mapping_csp ON area_mapping (vintage_id, csp_id);
CREATE INDEX ix_area_mapping_lad ON area_mapping (lad_id, vintage_id);

-- Where a CSP sits in a vintage: exactly one police force area. Derived from area_mapping at import,
-- so that a CSP list is one row per CSP.
CREATE TABLE csp_placement (
  id         BIGINT AUTO_INCREMENT PRIMARY KEY,
  vintage_id BIGINT NOT NULL,
  csp_id     BIGINT NOT NULL,
  pfa_id     BIGINT NOT NULL,
  CONSTRAINT fk_csp_placement_vintage FOREIGN KEY (vintage_id) REFERENCES registry_vintage (id),
  CONSTRAINT fk_csp_placement_csp FOREIGN KEY (csp_id) REFERENCES area (id),
  CONSTRAINT fk_csp_placement_pfa FOREIGN KEY (pfa_id) REFERENCES area (id),
  CONSTRAINT uk_csp_placement UNIQUE (vintage_id, csp_id)
);
CREATE INDEX ix_csp_placement_pfa ON csp_placement (vintage_id, pfa_id);

-- Councils, police forces and partnerships are created from the lookup (area_id set); policing
-- bodies from the governance reference; fire, health, probation and social landlords by an admin.
CREATE TABLE organisation (
  id         BIGINT AUTO_INCREMENT PRIMARY KEY,
  org_type   VARCHAR(40)  NOT NULL,
  name       VARCHAR(200) NOT NULL,
  name_cy    VARCHAR(200) NULL,
  area_id    BIGINT       NULL,
  created_at DATETIME(6)  NOT NULL,
  created_by VARCHAR(100) NOT NULL,
  version    BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT fk_organisation_area FOREIGN KEY (area_id) REFERENCES area (id),
  CONSTRAINT uk_organisation_type_area UNIQUE (org_type, area_id)
);
CREATE INDEX ix_organisation_name ON organisation (name);

-- Members of a CSP added by an administrator (the councils and the force come from the lookup).
CREATE TABLE csp_membership (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  csp_id          BIGINT      NOT NULL,
  organisation_id BIGINT      NOT NULL,
  member_role     VARCHAR(40) NOT NULL,
  added_at        DATETIME(6) NOT NULL,
  added_by        VARCHAR(100) NOT NULL,
  version         BIGINT      NOT NULL DEFAULT 0,
  CONSTRAINT fk_csp_membership_csp FOREIGN KEY (csp_id) REFERENCES area (id),
  CONSTRAINT fk_csp_membership_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
  CONSTRAINT uk_csp_membership UNIQUE (csp_id, organisation_id)
);
CREATE INDEX ix_csp_membership_organisation ON csp_membership (organisation_id);

-- The body holding PCC functions for a police force area over time (PCC, PFCC, mayor, police
-- authority). valid_from NULL means "since before the record begins"; valid_to NULL means current.
CREATE TABLE policing_body_term (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  pfa_id          BIGINT       NOT NULL,
  organisation_id BIGINT       NOT NULL,
  governance_type VARCHAR(40)  NOT NULL,
  valid_from      DATE         NULL,
  valid_to        DATE         NULL,
  source          VARCHAR(500) NULL,
  note            VARCHAR(500) NULL,
  CONSTRAINT fk_policing_body_term_pfa FOREIGN KEY (pfa_id) REFERENCES area (id),
  CONSTRAINT fk_policing_body_term_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);
CREATE INDEX ix_policing_body_term_pfa ON policing_body_term (pfa_id, valid_from);
CREATE INDEX ix_policing_body_term_organisation ON policing_body_term (organisation_id);

INSERT INTO organisation (org_type, name, name_cy, area_id, created_at, created_by, version)
VALUES ('HOME_OFFICE', 'Home Office', 'Y Swyddfa Gartref', NULL, CURRENT_TIMESTAMP, 'system', 0);
