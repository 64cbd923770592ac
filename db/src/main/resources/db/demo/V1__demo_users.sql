-- Demo users of the embedded default, one per role (README lists them). Loaded only when
-- sp.demo-data is on, after the reference data, so the organisations they act for exist.
-- Password of each: <username>-demo-2026. Hashes: PBKDF2WithHmacSHA256, 210000 iterations, 32-byte salt.

INSERT INTO app_user (username, display_name, email, password_hash, preferred_language, enabled, failed_attempts, created_at, version)
VALUES ('admin', 'Ada Admin', 'admin@demo.saferpartnerships.invalid', 'PBKDF2WithHmacSHA256:210000:oOPql3i1xJ8UkLdVNqFg5gxMwquoblLmiBQZukhI1k4=:BwlytqY2gEWNZN1dFxP0pJlTkAZHCXdUPHZQUkf37D8=', 'en', TRUE, 0, CURRENT_TIMESTAMP, 0);
INSERT INTO app_user_role (user_id, role) SELECT id, 'ADMIN' FROM app_user WHERE username = 'admin';

INSERT INTO app_user (username, display_name, email, password_hash, preferred_language, enabled, failed_attempts, created_at, version)
VALUES ('coordinator', 'Cai Coordinator', 'coordinator@demo.saferpartnerships.invalid', 'PBKDF2WithHmacSHA256:210000:KHew1MTnfkQuCpE+pMYJCSNtKwFxo7vfD91/7TViRW8=:k17ZbkqJK9Os4+uaNbVS0UYYFIZR2JlHK/4QGzxtn2k=', 'en', TRUE, 0, CURRENT_TIMESTAMP, 0);
INSERT INTO app_user_role (user_id, role) SELECT id, 'CSP_COORDINATOR' FROM app_user WHERE username = 'coordinator';
INSERT INTO app_user_organisation (user_id, organisation_id)
SELECT u.id, o.id FROM app_user u, organisation o, area a
 WHERE u.username = 'coordinator' AND o.org_type = 'PARTNERSHIP' AND o.area_id = a.id AND a.gss_code = 'E22000013';

INSERT INTO app_user (username, display_name, email, password_hash, preferred_language, enabled, failed_attempts, created_at, version)
VALUES ('cydlynydd', 'Carys Cydlynydd', 'cydlynydd@demo.saferpartnerships.invalid', 'PBKDF2WithHmacSHA256:210000:FdVtch41+kKTPgTvruPmwq3mK26ydeVpBdDtzyqDbTU=:UUpMwqFjhsJWyscpj6CnYUPEdYjitUVR3pzVBspQWIw=', 'cy', TRUE, 0, CURRENT_TIMESTAMP, 0);
INSERT INTO app_user_role (user_id, role) SELECT id, 'CSP_COORDINATOR' FROM app_user WHERE username = 'cydlynydd';
INSERT INTO app_user_organisation (user_id, organisation_id)
SELECT u.id, o.id FROM app_user u, organisation o, area a
 WHERE u.username = 'cydlynydd' AND o.org_type = 'PARTNERSHIP' AND o.area_id = a.id AND a.gss_code = 'W14000015';

INSERT INTO app_user (username, display_name, email, password_hash, preferred_language, enabled, failed_attempts, created_at, version)
VALUES ('pcc', 'Priya Reviewer', 'pcc@demo.saferpartnerships.invalid', 'PBKDF2WithHmacSHA256:210000:OYv7ps4dNEbsLRDYEGDhBR2A2unUG0cZnjc3uILEfw4=:USkkgEU5OFdpNeicbm3Z4TOA95O7G+na/BBTyPzOTeI=', 'en', TRUE, 0, CURRENT_TIMESTAMP, 0);
INSERT INTO app_user_role (user_id, role) SELECT id, 'PCC_REVIEWER' FROM app_user WHERE username = 'pcc';
INSERT INTO app_user_organisation (user_id, organisation_id)
SELECT u.id, o.id FROM app_user u, organisation o, policing_body_term t, area a
 WHERE u.username = 'pcc' AND t.organisation_id = o.id AND t.valid_to IS NULL AND t.pfa_id = a.id AND a.gss_code = 'E23000023';

INSERT INTO app_user (username, display_name, email, password_hash, preferred_language, enabled, failed_attempts, created_at, version)
VALUES ('partner', 'Pat Partner', 'partner@demo.saferpartnerships.invalid', 'PBKDF2WithHmacSHA256:210000:cOLwDoJgzOYS8/oN1oXBtghP79oFqiNZYKi7sKYFEks=:yYl5pP5UAc9doOwjMzIGouAqd2Io1i4j3wAi7n0SP50=', 'en', TRUE, 0, CURRENT_TIMESTAMP, 0);
INSERT INTO app_user_role (user_id, role) SELECT id, 'PARTNER_OFFICER' FROM app_user WHERE username = 'partner';
INSERT INTO app_user_organisation (user_id, organisation_id)
SELECT u.id, o.id FROM app_user u, organisation o, area a
 WHERE u.username = 'partner' AND o.org_type = 'POLICE_FORCE' AND o.area_id = a.id AND a.gss_code = 'E23000023';

INSERT INTO app_user (username, display_name, email, password_hash, preferred_language, enabled, failed_attempts, created_at, version)
VALUES ('analyst', 'Ana Analyst', 'analyst@demo.saferpartnerships.invalid', 'PBKDF2WithHmacSHA256:210000:HpHD+nESNkVXYJGbmYfqLklqkll/PnGIucL97ZBU/Lg=:/rGd9mk293ySc3b94Z1Ie080oMMi48obs8CKqU3yVlM=', 'en', TRUE, 0, CURRENT_TIMESTAMP, 0);
INSERT INTO app_user_role (user_id, role) SELECT id, 'HOME_OFFICE_ANALYST' FROM app_user WHERE username = 'analyst';
INSERT INTO app_user_organisation (user_id, organisation_id)
SELECT u.id, o.id FROM app_user u, organisation o WHERE u.username = 'analyst' AND o.org_type = 'HOME_OFFICE';

INSERT INTO app_user (username, display_name, email, password_hash, preferred_language, enabled, failed_attempts, created_at, version)
VALUES ('dpo', 'Dev Protection', 'dpo@demo.saferpartnerships.invalid', 'PBKDF2WithHmacSHA256:210000:B+JVZwDsG+GNjIWR3bWhw255vwhT/6Zu1iISTYsP1GM=:7G3jjus5dqxBA45vkOoCOVeHFNhMaxLboly1Z0ElGVQ=', 'en', TRUE, 0, CURRENT_TIMESTAMP, 0);
INSERT INTO app_user_role (user_id, role) SELECT id, 'DATA_PROTECTION_OFFICER' FROM app_user WHERE username = 'dpo';
