package org.saferpartnerships.it;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.time.Instant;
import java.util.Map;
import org.saferpartnerships.identity.Account;
import org.saferpartnerships.identity.Role;

/** Arranges and cleans up what tests need in the database: accounts, and row counts to compare. */
@Stateless
public class TestData {

  @PersistenceContext private EntityManager em;

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

  public void deleteAccount(String username) {
    em.createNativeQuery(
            "DELETE FROM app_user_role WHERE user_id IN (SELECT id FROM app_user WHERE username = ?)")
        .setParameter(1, username)
        .executeUpdate();
    em.createNativeQuery("DELETE FROM app_user WHERE username = ?")
        .setParameter(1, username)
        .executeUpdate();
  }

  public long rows(String table) {
    return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM " + table).getSingleResult())
        .longValue();
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
