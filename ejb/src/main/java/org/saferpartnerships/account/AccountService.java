package org.saferpartnerships.account;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.saferpartnerships.identity.Role;

/**
 * Signing in and the account's own settings. A wrong password counts towards a lock (five in a row
 * lock the account for fifteen minutes by default); the counters change by single UPDATE statements
 * so that simultaneous attempts neither lose a count nor collide on the version.
 */
@Stateless
public class AccountService {

  @PersistenceContext private EntityManager em;

  @Inject private Clock clock;

  @Inject private Pbkdf2PasswordHash passwordHash;

  @Inject
  @ConfigProperty(name = "sp.login.max-failures", defaultValue = "5")
  private int maxFailures;

  @Inject
  @ConfigProperty(name = "sp.login.lock-minutes", defaultValue = "15")
  private int lockMinutes;

  @PostConstruct
  void configureHash() {
    passwordHash.initialize(PasswordHashing.PARAMETERS);
  }

  /** Checks a password, counting a failure or clearing the count as the outcome requires. */
  public Verification verify(String username, String password) {
    String name = normalise(username);
    Instant now = clock.instant();
    Optional<Account> found = find(name);
    if (found.isEmpty()) {
      passwordHash.verify(password.toCharArray(), PasswordHashing.DECOY_HASH);
      return Verification.refused(name, LoginState.UNKNOWN);
    }
    Account account = found.get();
    if (!account.isEnabled()) {
      return Verification.refused(name, LoginState.DISABLED);
    }
    if (account.isLockedAt(now)) {
      return Verification.refused(name, LoginState.lockedUntil(account.getLockedUntil()));
    }
    if (!account.hasPassword()) {
      // invited, or a reset forced: no password works, and it takes as long as a wrong one
      passwordHash.verify(password.toCharArray(), PasswordHashing.DECOY_HASH);
      return recordFailure(account, now);
    }
    if (passwordHash.verify(password.toCharArray(), account.getPasswordHash())) {
      // With a second factor to come, the failures stay counted until its code is right too:
      // otherwise a known password would reset the count between guesses at the code.
      if (!secondFactorFollows(account)) {
        recordSignIn(account);
      }
      return Verification.valid(name, account.getRoles());
    }
    return recordFailure(account, now);
  }

  /** A sign-in completed: the failures are forgotten and the time noted. */
  public void recordSignIn(Account account) {
    em.createQuery(
            "UPDATE Account a SET a.failedAttempts = 0, a.lockedUntil = NULL, a.lastLoginAt = :now"
                + " WHERE a.id = :id")
        .setParameter("now", clock.instant())
        .setParameter("id", account.getId())
        .executeUpdate();
  }

  /** A wrong second factor counts toward the lock as a wrong password does. */
  public LoginState countFailure(Account account) {
    Verification refused = recordFailure(account, clock.instant());
    return refused.state();
  }

  private boolean secondFactorFollows(Account account) {
    return em.createQuery(
                "SELECT COUNT(t) FROM TwoFactor t WHERE t.userId = :id AND t.enabledAt IS NOT NULL",
                Long.class)
            .setParameter("id", account.getId())
            .getSingleResult()
        > 0;
  }

  private Verification recordFailure(Account account, Instant now) {
    em.createQuery(
            "UPDATE Account a SET a.failedAttempts = a.failedAttempts + 1, a.lastFailedAt = :now"
                + " WHERE a.id = :id")
        .setParameter("id", account.getId())
        .setParameter("now", now)
        .executeUpdate();
    Instant until = now.plus(Duration.ofMinutes(lockMinutes));
    int locked =
        em.createQuery(
                "UPDATE Account a SET a.lockedUntil = :until, a.failedAttempts = 0"
                    + " WHERE a.id = :id AND a.failedAttempts >= :max")
            .setParameter("until", until)
            .setParameter("id", account.getId())
            .setParameter("max", maxFailures)
            .executeUpdate();
    LoginState state = locked > 0 ? LoginState.lockedUntil(until) : LoginState.ACTIVE;
    return Verification.refused(account.getUsername(), state);
  }

  /** The state of an account as a sign-in message needs it; UNKNOWN for no such user. */
  public LoginState loginState(String username) {
    return find(normalise(username))
        .map(
            account -> {
              if (!account.isEnabled()) {
                return LoginState.DISABLED;
              }
              if (account.isLockedAt(clock.instant())) {
                return LoginState.lockedUntil(account.getLockedUntil());
              }
              return LoginState.ACTIVE;
            })
        .orElse(LoginState.UNKNOWN);
  }

  /**
   * What a caller's earlier sign-in rests on: a digest of the account's password hash, roles and
   * state, or empty when the account cannot be used now (disabled, locked or gone). A session or a
   * cached API credential holds the stamp it was given and is honoured only while it still matches,
   * so a new password, a lock, a disabled account, a changed role or lead, or an administrator
   * ending the account's sessions ends it on the next request.
   */
  public Optional<String> usableStamp(String username) {
    return find(normalise(username))
        .filter(account -> account.isEnabled() && !account.isLockedAt(clock.instant()))
        .map(
            account ->
                PasswordHashing.digest(
                    account.getPasswordHash()
                        + "|"
                        + account.getRoles().stream().map(Role::name).sorted().toList()
                        + "|"
                        + account.getSessionEpoch()
                        + "|"
                        + account.isOrganisationLead()));
  }

  /** The PBKDF2 hash of a new password, with the parameters DESIGN.md asks for. */
  public String hash(String password) {
    return passwordHash.generate(password.toCharArray());
  }

  /** A hash no password matches: the account cannot sign in until a link sets one. */
  public static String unusableHash() {
    return Account.UNUSABLE + java.util.UUID.randomUUID();
  }

  /** Whether the password is the account's (false for an account with none). */
  public boolean matches(Account account, String password) {
    if (!account.hasPassword() || password == null) {
      passwordHash.verify("x".toCharArray(), PasswordHashing.DECOY_HASH);
      return false;
    }
    return passwordHash.verify(password.toCharArray(), account.getPasswordHash());
  }

  /** The language (en or cy) the user chose, remembered across sessions. */
  public void chooseLanguage(String username, String language) {
    if (!"en".equals(language) && !"cy".equals(language)) {
      throw new IllegalArgumentException("language must be en or cy");
    }
    find(normalise(username)).ifPresent(account -> account.preferLanguage(language));
  }

  public Optional<String> preferredLanguage(String username) {
    return find(normalise(username)).map(Account::getPreferredLanguage);
  }

  public Optional<String> displayName(String username) {
    return find(normalise(username)).map(Account::getDisplayName);
  }

  /**
   * How many administrators can sign in now (enabled, with a password), not counting the account
   * {@code except} (null: none).
   */
  public long usableAdministrators(Long except) {
    return em.createQuery(
            "SELECT COUNT(a) FROM Account a WHERE :admin MEMBER OF a.roles AND a.enabled = TRUE"
                + " AND a.passwordHash NOT LIKE :unusable AND a.id <> :except",
            Long.class)
        .setParameter("admin", Role.ADMIN)
        .setParameter("unusable", Account.UNUSABLE + "%")
        .setParameter("except", except == null ? -1L : except)
        .getSingleResult();
  }

  /** The account with this e-mail address (stored and compared in lower case), if any. */
  public Optional<Account> findByEmail(String email) {
    return em.createQuery("SELECT a FROM Account a WHERE a.email = :email", Account.class)
        .setParameter("email", email.trim().toLowerCase(Locale.ROOT))
        .getResultStream()
        .findFirst();
  }

  /** The account of a username, if any. */
  public Optional<Account> find(String username) {
    return em.createNamedQuery("Account.findByUsername", Account.class)
        .setParameter("username", normalise(username))
        .getResultStream()
        .findFirst();
  }

  public static String normalise(String username) {
    return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
  }
}
