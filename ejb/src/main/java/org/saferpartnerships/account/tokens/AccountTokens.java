package org.saferpartnerships.account.tokens;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import org.saferpartnerships.account.Account;
import org.saferpartnerships.platform.errors.ServiceException;
import org.saferpartnerships.platform.files.Sha256;

/**
 * Issues and redeems one-time links. A token is 32 random bytes (URL-safe Base64); the table holds
 * only its SHA-256. Issuing one withdraws the account's earlier unused ones of any purpose, so only
 * the newest link works. Redeeming marks the token used in one conditional UPDATE, so two requests
 * with the same link cannot both succeed; an expired, used, withdrawn or made-up token gets one
 * answer, which tells nothing of which it was.
 */
@Stateless
public class AccountTokens {

  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext private EntityManager em;

  @Inject private Clock clock;

  /** A new link's token for the account; returned once, never stored. */
  public String issue(Account account, TokenPurpose purpose, String by) {
    Instant now = clock.instant();
    em.createQuery(
            "UPDATE AccountToken t SET t.usedAt = :now WHERE t.account = :account"
                + " AND t.usedAt IS NULL")
        .setParameter("now", now)
        .setParameter("account", account)
        .executeUpdate();
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    em.persist(new AccountToken(hash(token), account, purpose, now, by));
    em.flush();
    return token;
  }

  /** The account and purpose of a link that can still be used, without using it. */
  public Optional<AccountToken> usable(String token) {
    if (token == null || token.isBlank() || token.length() > 100) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    return em.createQuery(
            "SELECT t FROM AccountToken t JOIN FETCH t.account WHERE t.tokenHash = :hash"
                + " AND t.usedAt IS NULL AND t.expiresAt > :now",
            AccountToken.class)
        .setParameter("hash", hash(token))
        .setParameter("now", now)
        .getResultStream()
        .findFirst();
  }

  /** Uses a link for one of the purposes; refused, changing nothing, if it cannot be used. */
  public Account redeem(String token, Set<TokenPurpose> purposes) {
    AccountToken found =
        usable(token)
            .filter(t -> purposes.contains(t.getPurpose()))
            .orElseThrow(() -> new ServiceException("account.link.invalid"));
    int used =
        em.createQuery(
                "UPDATE AccountToken t SET t.usedAt = :now WHERE t.id = :id AND t.usedAt IS NULL")
            .setParameter("now", clock.instant())
            .setParameter("id", found.getId())
            .executeUpdate();
    if (used != 1) {
      throw new ServiceException("account.link.invalid");
    }
    return found.getAccount();
  }

  /** When the account was last sent a link of the purpose, if ever. */
  public Optional<Instant> lastIssued(Account account, TokenPurpose purpose) {
    return em.createQuery(
            "SELECT MAX(t.createdAt) FROM AccountToken t WHERE t.account = :account"
                + " AND t.purpose = :purpose",
            Instant.class)
        .setParameter("account", account)
        .setParameter("purpose", purpose)
        .getResultStream()
        .filter(java.util.Objects::nonNull)
        .findFirst();
  }

  static String hash(String token) {
    return Sha256.hex(token);
  }
}
