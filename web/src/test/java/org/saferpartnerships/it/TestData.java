package org.saferpartnerships.it;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.saferpartnerships.account.Account;
import org.saferpartnerships.identity.Role;

/** Arranges and cleans up what tests need in the database: accounts, and row counts to compare. */
@Stateless
public class TestData {

  @PersistenceContext private EntityManager em;

  @jakarta.annotation.Resource(
      lookup = org.saferpartnerships.platform.startup.DatabaseMigrator.DATA_SOURCE)
  private javax.sql.DataSource dataSource;

  @Inject private Pbkdf2PasswordHash hash;

  @PostConstruct
  void configure() {
    hash.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32"));
  }

  public void createAccount(String username, String password, Role role) {
    deleteAccount(username);
    Account account =
        new Account(
            username, "Test " + username, hash.generate(password.toCharArray()), Instant.now());
    account.grant(role);
    em.persist(account);
  }

  /**
   * An account with one role acting for the organisation of type {@code orgType} on the area with
   * GSS code {@code area}, in a language, with an e-mail address; returns its id.
   */
  public long createAccount(
      String username,
      String password,
      Role role,
      String orgType,
      String area,
      String language,
      String email) {
    deleteAccount(username);
    em.flush();
    em.createNativeQuery(
            "INSERT INTO app_user (username, display_name, email, password_hash, preferred_language,"
                + " enabled, failed_attempts, created_at, version) VALUES (?, ?, ?, ?, ?, TRUE, 0, ?, 0)")
        .setParameter(1, username)
        .setParameter(2, "Test " + username)
        .setParameter(3, email)
        .setParameter(4, hash.generate(password.toCharArray()))
        .setParameter(5, language)
        .setParameter(6, java.sql.Timestamp.from(Instant.now()))
        .executeUpdate();
    em.createNativeQuery(
            "INSERT INTO app_user_role (user_id, role) SELECT id, ? FROM app_user WHERE username = ?")
        .setParameter(1, role.name())
        .setParameter(2, username)
        .executeUpdate();
    if ("POLICING_BODY".equals(orgType)) {
      // the policing body governing the force area today (policing bodies have no area of their
      // own)
      em.createNativeQuery(
              "INSERT INTO app_user_organisation (user_id, organisation_id) SELECT u.id, t.organisation_id"
                  + " FROM app_user u, policing_body_term t, area a WHERE u.username = ?"
                  + " AND t.pfa_id = a.id AND a.gss_code = ? AND t.valid_to IS NULL")
          .setParameter(1, username)
          .setParameter(2, area)
          .executeUpdate();
    } else if (area == null) {
      // a national organisation (the Home Office): one of its type with no area
      em.createNativeQuery(
              "INSERT INTO app_user_organisation (user_id, organisation_id) SELECT u.id, o.id"
                  + " FROM app_user u, organisation o WHERE u.username = ? AND o.org_type = ?"
                  + " AND o.area_id IS NULL")
          .setParameter(1, username)
          .setParameter(2, orgType)
          .executeUpdate();
    } else {
      em.createNativeQuery(
              "INSERT INTO app_user_organisation (user_id, organisation_id) SELECT u.id, o.id"
                  + " FROM app_user u, organisation o, area a WHERE u.username = ? AND o.org_type = ?"
                  + " AND o.area_id = a.id AND a.gss_code = ?")
          .setParameter(1, username)
          .setParameter(2, orgType)
          .setParameter(3, area)
          .executeUpdate();
    }
    return ((Number)
            em.createNativeQuery("SELECT id FROM app_user WHERE username = ?")
                .setParameter(1, username)
                .getSingleResult())
        .longValue();
  }

  /**
   * Removes a CSP's submissions of a financial year and the grants to it, so a test that submits
   * them can run again on a shared database (their work items stay, as history).
   */
  public int deleteSubmissions(String cspCode, int year) {
    String ofSubmissions =
        "SELECT s.id FROM submission s JOIN area a ON a.id = s.csp_id WHERE a.gss_code = ?1"
            + " AND s.financial_year = ?2";
    for (String table : new String[] {"submission_recommendation", "submission_check"}) {
      em.createNativeQuery(
              "DELETE FROM "
                  + table
                  + " WHERE submission_id IN (SELECT id FROM ("
                  + ofSubmissions
                  + ") x)")
          .setParameter(1, cspCode)
          .setParameter(2, year)
          .executeUpdate();
    }
    em.createNativeQuery(
            "DELETE FROM submission_document WHERE version_id IN (SELECT v.id FROM submission_version v"
                + " WHERE v.submission_id IN (SELECT id FROM ("
                + ofSubmissions
                + ") x))")
        .setParameter(1, cspCode)
        .setParameter(2, year)
        .executeUpdate();
    em.createNativeQuery(
            "UPDATE report_request SET reply_submission_id = NULL WHERE reply_submission_id IN"
                + " (SELECT id FROM ("
                + ofSubmissions
                + ") x)")
        .setParameter(1, cspCode)
        .setParameter(2, year)
        .executeUpdate();
    em.createNativeQuery(
            "DELETE FROM submission_version WHERE submission_id IN (SELECT id FROM ("
                + ofSubmissions
                + ") x)")
        .setParameter(1, cspCode)
        .setParameter(2, year)
        .executeUpdate();
    int removed =
        em.createNativeQuery(
                "DELETE FROM submission WHERE id IN (SELECT id FROM (" + ofSubmissions + ") x)")
            .setParameter(1, cspCode)
            .setParameter(2, year)
            .executeUpdate();
    // requests no submission answers any more (their work items stay, as history)
    em.createNativeQuery(
            "DELETE FROM report_request WHERE csp_id IN (SELECT id FROM area WHERE gss_code = ?1)"
                + " AND id NOT IN (SELECT x.report_request_id FROM (SELECT report_request_id FROM"
                + " submission WHERE report_request_id IS NOT NULL) x)")
        .setParameter(1, cspCode)
        .executeUpdate();
    em.createNativeQuery(
            "DELETE FROM crime_grant WHERE financial_year = ?2 AND csp_id IN"
                + " (SELECT id FROM area WHERE gss_code = ?1)")
        .setParameter(1, cspCode)
        .setParameter(2, year)
        .executeUpdate();
    return removed;
  }

  /**
   * Undoes the changes of governance a test recorded for a force area (terms whose source names the
   * test), so the body of the reference data is in office again.
   */
  public int restoreGovernance(String pfaCode, String source) {
    int removed =
        em.createNativeQuery(
                "DELETE FROM policing_body_term WHERE source = ? AND pfa_id IN"
                    + " (SELECT id FROM area WHERE gss_code = ?)")
            .setParameter(1, source)
            .setParameter(2, pfaCode)
            .executeUpdate();
    if (removed > 0) {
      em.createNativeQuery(
              "UPDATE policing_body_term SET valid_to = NULL WHERE id = (SELECT id FROM (SELECT"
                  + " t.id FROM policing_body_term t JOIN area a ON a.id = t.pfa_id WHERE"
                  + " a.gss_code = ? ORDER BY t.valid_from DESC LIMIT 1) x)")
          .setParameter(1, pfaCode)
          .executeUpdate();
    }
    return removed;
  }

  /** How many history lines of each type an item has. */
  public Map<String, Long> eventCounts(long itemId) {
    Map<String, Long> counts = new java.util.TreeMap<>();
    for (Object row :
        em.createNativeQuery(
                "SELECT event_type, COUNT(*) FROM work_item_event WHERE work_item_id = ? GROUP BY event_type")
            .setParameter(1, itemId)
            .getResultList()) {
      Object[] cells = (Object[]) row;
      counts.put((String) cells[0], ((Number) cells[1]).longValue());
    }
    return counts;
  }

  public void deleteAccount(String username) {
    em.createNativeQuery(
            "UPDATE work_item SET assignee_id = NULL WHERE assignee_id IN (SELECT id FROM app_user WHERE username = ?)")
        .setParameter(1, username)
        .executeUpdate();
    em.createNativeQuery(
            "UPDATE work_item_event SET assignee_id = NULL WHERE assignee_id IN (SELECT id FROM app_user WHERE username = ?)")
        .setParameter(1, username)
        .executeUpdate();
    for (String table : List.of("account_token", "two_factor", "recovery_code", "access_token")) {
      em.createNativeQuery(
              "DELETE FROM "
                  + table
                  + " WHERE user_id IN (SELECT id FROM app_user WHERE username = ?)")
          .setParameter(1, username)
          .executeUpdate();
    }
    em.createNativeQuery(
            "DELETE FROM notification WHERE user_id IN (SELECT id FROM app_user WHERE username = ?)")
        .setParameter(1, username)
        .executeUpdate();
    em.createNativeQuery(
            "DELETE FROM app_user_organisation WHERE user_id IN (SELECT id FROM app_user WHERE username = ?)")
        .setParameter(1, username)
        .executeUpdate();
    em.createNativeQuery(
            "DELETE FROM app_user_role WHERE user_id IN (SELECT id FROM app_user WHERE username = ?)")
        .setParameter(1, username)
        .executeUpdate();
    em.createNativeQuery("DELETE FROM app_user WHERE username = ?")
        .setParameter(1, username)
        .executeUpdate();
  }

  /**
   * Overwrites the detail of an audit row, as someone with database access might; returns what it
   * was, so the test can put it back.
   */
  public String tamperWithAudit(long id, String detail) {
    String was =
        (String)
            em.createNativeQuery("SELECT detail FROM audit_event WHERE id = ?")
                .setParameter(1, id)
                .getSingleResult();
    em.createNativeQuery("UPDATE audit_event SET detail = ? WHERE id = ?")
        .setParameter(1, detail)
        .setParameter(2, id)
        .executeUpdate();
    return was;
  }

  /** Every column of an audit row, by name, to put it back exactly after a test tampered. */
  public Map<String, Object> auditRow(long id) {
    Object[] row =
        (Object[])
            em.createNativeQuery(
                    "SELECT id, occurred_at, actor, action, subject_type, subject_ref, csp_id,"
                        + " detail, prev_hash, hash, key_id FROM audit_event WHERE id = ?")
                .setParameter(1, id)
                .getSingleResult();
    Map<String, Object> columns = new java.util.LinkedHashMap<>();
    String[] names = {
      "id",
      "occurred_at",
      "actor",
      "action",
      "subject_type",
      "subject_ref",
      "csp_id",
      "detail",
      "prev_hash",
      "hash",
      "key_id"
    };
    for (int i = 0; i < names.length; i++) {
      columns.put(names[i], row[i]);
    }
    return columns;
  }

  public long previousAuditId(long id) {
    return ((Number)
            em.createNativeQuery("SELECT MAX(id) FROM audit_event WHERE id < ?")
                .setParameter(1, id)
                .getSingleResult())
        .longValue();
  }

  public void deleteAuditRow(long id) {
    em.createNativeQuery("DELETE FROM audit_event WHERE id = ?")
        .setParameter(1, id)
        .executeUpdate();
  }

  /** Inserts an audit row with the given columns, its id included, as someone with SQL could. */
  public void insertAuditRow(Map<String, Object> columns) {
    var insert =
        em.createNativeQuery(
            "INSERT INTO audit_event (id, occurred_at, actor, action, subject_type, subject_ref,"
                + " csp_id, detail, prev_hash, hash, key_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    int i = 1;
    for (Object value : columns.values()) {
      insert.setParameter(i++, value);
    }
    insert.executeUpdate();
  }

  /** The head: last id, last hash, key id, MAC. */
  public Object[] auditHead() {
    return (Object[])
        em.createNativeQuery("SELECT last_id, last_hash, key_id, mac FROM audit_head WHERE id = 1")
            .getSingleResult();
  }

  public void setAuditHead(Object lastId, Object lastHash, Object keyId, Object mac) {
    em.createNativeQuery(
            "UPDATE audit_head SET last_id = ?, last_hash = ?, key_id = ?, mac = ? WHERE id = 1")
        .setParameter(1, lastId)
        .setParameter(2, lastHash)
        .setParameter(3, keyId)
        .setParameter(4, mac)
        .executeUpdate();
  }

  /**
   * The plain SHA-256 an attacker without the key would compute for a row: what the log used before
   * it was keyed. (The field encoding is that of AuditChain.)
   */
  public String plainHash(Map<String, Object> columns) {
    Object[] fields = {
      columns.get("prev_hash"),
      utc(columns.get("occurred_at")),
      columns.get("actor"),
      columns.get("action"),
      columns.get("subject_type"),
      columns.get("subject_ref"),
      columns.get("csp_id") == null ? null : ((Number) columns.get("csp_id")).longValue(),
      columns.get("detail")
    };
    StringBuilder text = new StringBuilder();
    for (Object field : fields) {
      String value = field == null ? "" : field.toString();
      text.append(field == null ? -1 : value.length()).append(':').append(value).append('|');
    }
    try {
      return java.util.HexFormat.of()
          .formatHex(
              java.security.MessageDigest.getInstance("SHA-256")
                  .digest(text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * A stored audit time as the chain hashes it: H2 reads a Timestamp, Connector/J a LocalDateTime.
   */
  private static java.time.Instant utc(Object stored) {
    return stored instanceof java.time.LocalDateTime time
        ? time.toInstant(java.time.ZoneOffset.UTC)
        : ((java.sql.Timestamp) stored).toInstant();
  }

  public long rows(String table) {
    return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM " + table).getSingleResult())
        .longValue();
  }

  /**
   * Row counts of every table of the application's schema, to show that a refused request wrote
   * nothing anywhere.
   */
  public Map<String, Long> allRows() {
    Map<String, Long> counts = new java.util.TreeMap<>();
    try (java.sql.Connection connection = dataSource.getConnection();
        java.sql.ResultSet tables =
            connection
                .getMetaData()
                .getTables(connection.getCatalog(), null, "%", new String[] {"TABLE"})) {
      java.util.List<String> names = new java.util.ArrayList<>();
      while (tables.next()) {
        String schema = tables.getString("TABLE_SCHEM");
        if (schema == null || !schema.equalsIgnoreCase("INFORMATION_SCHEMA")) {
          names.add(tables.getString("TABLE_NAME").toLowerCase(java.util.Locale.ROOT));
        }
      }
      for (String name : names) {
        try (java.sql.Statement count = connection.createStatement();
            java.sql.ResultSet result = count.executeQuery("SELECT COUNT(*) FROM " + name)) {
          result.next();
          counts.put(name, result.getLong(1));
        }
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
    return counts;
  }

  /** Row counts of every registry table, to show that a refused change wrote nothing. */
  public Map<String, Long> registryRows() {
    return Map.of(
        "registry_vintage", rows("registry_vintage"),
        "area", rows("area"),
        "area_mapping", rows("area_mapping"),
        "csp_placement", rows("csp_placement"),
        "organisation", rows("organisation"),
        "csp_membership", rows("csp_membership"));
  }
}
