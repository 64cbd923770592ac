package org.saferpartnerships.audit;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.saferpartnerships.platform.startup.DatabaseMigrator;

/**
 * The keys of the audit chain, from configuration only: {@code SP_AUDIT_KEY} (at least 32
 * characters) signs new rows under the name {@code SP_AUDIT_KEY_ID}; {@code SP_AUDIT_PREVIOUS_KEYS}
 * ({@code id=secret;id=secret}) keeps keys retired by a rotation, so rows they signed still verify.
 * With no key set, the embedded default and the tests (demo data on) sign with a published demo key
 * and say so in the log; any other installation refuses to write audit rows, and its readiness
 * check says why, rather than keep a log its database administrators could rewrite.
 */
@ApplicationScoped
public class AuditKeys {

  private static final Logger LOG = Logger.getLogger(AuditKeys.class.getName());

  static final int MIN_SECRET_LENGTH = 32;
  static final String DEMO_ID = "demo";
  static final String DEMO_SECRET = "safer-partnerships-demo-audit-key-never-for-real-data";

  @Inject
  @ConfigProperty(name = "sp.audit.key")
  Optional<String> secret;

  @Inject
  @ConfigProperty(name = "sp.audit.key-id", defaultValue = "1")
  String keyId;

  @Inject
  @ConfigProperty(name = "sp.audit.previous-keys")
  Optional<String> previous;

  @EJB private DatabaseMigrator migrator;

  private volatile boolean warned;

  /** The keys by id, read from configuration once: the verifier asks for one per row. */
  private volatile Map<String, AuditKey> keys;

  /** The key new rows are signed with; refused when none is configured outside the demo. */
  public AuditKey current() {
    Optional<String> problem = problem();
    if (problem.isPresent()) {
      throw new IllegalStateException(problem.get());
    }
    if (secret.isEmpty()) {
      if (!warned) {
        warned = true;
        LOG.warning(
            "The audit log is signed with the published demo key: set SP_AUDIT_KEY for real data");
      }
      return demo();
    }
    return new AuditKey(keyId, secret.get().getBytes(StandardCharsets.UTF_8));
  }

  /** The key a row names, if this server holds it. */
  public Optional<AuditKey> byId(String id) {
    if (id == null) {
      return Optional.empty();
    }
    Map<String, AuditKey> known = keys;
    if (known == null) {
      known = Map.copyOf(all());
      keys = known;
    }
    return Optional.ofNullable(known.get(id));
  }

  /** Why audit rows cannot be written, or empty when they can. */
  public Optional<String> problem() {
    if (secret.isPresent() && secret.get().length() < MIN_SECRET_LENGTH) {
      return Optional.of("SP_AUDIT_KEY must be at least " + MIN_SECRET_LENGTH + " characters");
    }
    if (secret.isEmpty() && !migrator.isDemo()) {
      return Optional.of(
          "SP_AUDIT_KEY is not set: the audit log cannot be signed (see README, Security)");
    }
    return Optional.empty();
  }

  private Map<String, AuditKey> all() {
    Map<String, AuditKey> keys = new HashMap<>();
    if (migrator.isDemo()) {
      keys.put(DEMO_ID, demo()); // never elsewhere: its secret is published
    }
    previous.ifPresent(
        list -> {
          for (String entry : list.split(";")) {
            int equals = entry.indexOf('=');
            if (equals > 0) {
              String id = entry.substring(0, equals).trim();
              keys.put(
                  id,
                  new AuditKey(
                      id, entry.substring(equals + 1).trim().getBytes(StandardCharsets.UTF_8)));
            }
          }
        });
    if (secret.isPresent()) {
      keys.put(keyId, new AuditKey(keyId, secret.get().getBytes(StandardCharsets.UTF_8)));
    }
    return keys;
  }

  private static AuditKey demo() {
    return new AuditKey(DEMO_ID, DEMO_SECRET.getBytes(StandardCharsets.UTF_8));
  }
}
