package org.saferpartnerships.account.apitokens;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.saferpartnerships.account.Account;
import org.saferpartnerships.account.AccountSelfService;
import org.saferpartnerships.account.AccountService;
import org.saferpartnerships.audit.AuditAction;
import org.saferpartnerships.audit.AuditLog;
import org.saferpartnerships.identity.CallerScope;
import org.saferpartnerships.identity.Role;
import org.saferpartnerships.platform.errors.NotFoundException;
import org.saferpartnerships.platform.errors.ServiceException;
import org.saferpartnerships.platform.files.Sha256;

/**
 * Personal access tokens: how a program calls the API for a person with two-factor authentication
 * (who may not use their password there), and for anyone who would rather not put a password in a
 * script. The owner names each one and chooses how long it works (at most a year); it is shown once
 * and only its SHA-256 is kept. A token works while unexpired and unrevoked and while its account
 * can sign in; an administrator ending an account's sessions or withdrawing its password revokes
 * them all. Making and revoking are audited.
 */
@Stateless
@PermitAll
public class PersonalAccessTokens {

  /** The longest a token may work. */
  public static final int MAX_DAYS = 365;

  /** Tokens one account may hold at once. */
  static final int MAX_USABLE = 20;

  /** What every token starts with, so that secret scanners and people can tell one. */
  public static final String PREFIX = "sp_pat_";

  /** How often a token's last use is written at most. */
  static final Duration TOUCH = Duration.ofMinutes(1);

  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext private EntityManager em;

  @Inject private Clock clock;

  @Inject private CallerScope caller;

  @EJB private AccountService accounts;

  @EJB private AuditLog audit;

  /** Who a token speaks for. */
  public record Bearer(String username, Set<Role> roles) {}

  /** Makes a token for the caller; its text is in the answer and nowhere else. */
  public TokenCreated create(@NotNull @Valid TokenRequest request) {
    Account account = me();
    Instant now = clock.instant();
    long usable =
        em.createQuery(
                "SELECT COUNT(t) FROM PersonalAccessToken t WHERE t.account = :account"
                    + " AND t.revokedAt IS NULL AND t.expiresAt > :now",
                Long.class)
            .setParameter("account", account)
            .setParameter("now", now)
            .getSingleResult();
    if (usable >= MAX_USABLE) {
      throw new ServiceException("token.tooMany", MAX_USABLE);
    }
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    PersonalAccessToken token =
        new PersonalAccessToken(
            account,
            request.name().trim(),
            Sha256.hex(secret),
            secret.substring(0, 12),
            now,
            now.plus(Duration.ofDays(request.days())));
    em.persist(token);
    em.flush();
    record(
        account, "API token made: " + token.getName() + " (expires " + token.getExpiresAt() + ")");
    return new TokenCreated(TokenView.of(token, now), secret);
  }

  /** The caller's tokens, newest first, the revoked and expired ones too (the last 100). */
  public List<TokenView> mine() {
    Account account = me();
    Instant now = clock.instant();
    return em.createQuery(
            "SELECT t FROM PersonalAccessToken t WHERE t.account = :account"
                + " ORDER BY t.createdAt DESC, t.id DESC",
            PersonalAccessToken.class)
        .setParameter("account", account)
        .setMaxResults(100)
        .getResultStream()
        .map(t -> TokenView.of(t, now))
        .toList();
  }

  /** Revokes one of the caller's tokens; another person's is not found. */
  public TokenView revoke(long id) {
    Account account = me();
    PersonalAccessToken token = em.find(PersonalAccessToken.class, id);
    if (token == null || !token.getAccount().getId().equals(account.getId())) {
      throw new NotFoundException("notFound.token", id);
    }
    if (token.getRevokedAt() == null) {
      em.createQuery(
              "UPDATE PersonalAccessToken t SET t.revokedAt = :now, t.revokedBy = :by"
                  + " WHERE t.id = :id AND t.revokedAt IS NULL")
          .setParameter("now", clock.instant())
          .setParameter("by", account.getUsername())
          .setParameter("id", id)
          .executeUpdate();
      record(account, "API token revoked: " + token.getName());
      em.refresh(token);
    }
    return TokenView.of(token, clock.instant());
  }

  /** Revokes every usable token of an account (its administrator's doing; they audit it). */
  public int revokeAll(Account account, String by) {
    return em.createQuery(
            "UPDATE PersonalAccessToken t SET t.revokedAt = :now, t.revokedBy = :by"
                + " WHERE t.account = :account AND t.revokedAt IS NULL")
        .setParameter("now", clock.instant())
        .setParameter("by", by)
        .setParameter("account", account)
        .executeUpdate();
  }

  /**
   * Who a token presented to the API speaks for, if it is one that works now; its last use is noted
   * at most once a minute.
   */
  public Optional<Bearer> authenticate(String secret) {
    if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    Optional<PersonalAccessToken> found =
        em.createQuery(
                "SELECT t FROM PersonalAccessToken t JOIN FETCH t.account WHERE t.tokenHash = :hash"
                    + " AND t.revokedAt IS NULL AND t.expiresAt > :now",
                PersonalAccessToken.class)
            .setParameter("hash", Sha256.hex(secret))
            .setParameter("now", now)
            .getResultStream()
            .findFirst();
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Account account = found.get().getAccount();
    if (!account.isEnabled() || account.isLockedAt(now)) {
      return Optional.empty();
    }
    em.createQuery(
            "UPDATE PersonalAccessToken t SET t.lastUsedAt = :now WHERE t.id = :id"
                + " AND (t.lastUsedAt IS NULL OR t.lastUsedAt < :since)")
        .setParameter("now", now)
        .setParameter("since", now.minus(TOUCH))
        .setParameter("id", found.get().getId())
        .executeUpdate();
    return Optional.of(new Bearer(account.getUsername(), account.getRoles()));
  }

  private Account me() {
    String username = caller.username();
    return accounts
        .find(username == null ? "" : username)
        .orElseThrow(() -> new NotFoundException("notFound.account", ""));
  }

  private void record(Account account, String detail) {
    audit.record(
        caller.username(),
        AuditAction.UPDATE,
        AccountSelfService.SUBJECT,
        account.getUsername(),
        null,
        detail);
  }
}
