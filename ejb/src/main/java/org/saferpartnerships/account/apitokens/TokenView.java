package org.saferpartnerships.account.apitokens;

import java.time.Instant;

/** A personal access token as its owner sees it in the list: never the token itself. */
public record TokenView(
    long id,
    String name,
    String hint,
    Instant createdAt,
    Instant expiresAt,
    Instant lastUsedAt,
    Instant revokedAt,
    boolean usable)
    implements java.io.Serializable {

  static TokenView of(PersonalAccessToken t, Instant now) {
    return new TokenView(
        t.getId(),
        t.getName(),
        t.getHint(),
        t.getCreatedAt(),
        t.getExpiresAt(),
        t.getLastUsedAt(),
        t.getRevokedAt(),
        t.getRevokedAt() == null && t.getExpiresAt().isAfter(now));
  }
}
