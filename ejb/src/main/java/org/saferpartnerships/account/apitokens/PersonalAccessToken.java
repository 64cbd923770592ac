package org.saferpartnerships.account.apitokens;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.saferpartnerships.account.Account;

/**
 * A named credential for the API that its owner made, with an expiry; usable until it expires or is
 * revoked. Only the SHA-256 of the token is stored, and its first characters as a hint.
 */
@Entity
@Table(name = "access_token")
public class PersonalAccessToken {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "user_id", nullable = false, updatable = false)
  private Account account;

  @Column(name = "name", nullable = false, updatable = false, length = 100)
  private String name;

  @Column(name = "token_hash", nullable = false, updatable = false, length = 64)
  private String tokenHash;

  @Column(name = "hint", nullable = false, updatable = false, length = 12)
  private String hint;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false, updatable = false)
  private Instant expiresAt;

  @Column(name = "last_used_at")
  private Instant lastUsedAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  @Column(name = "revoked_by", length = 100)
  private String revokedBy;

  protected PersonalAccessToken() {}

  PersonalAccessToken(
      Account account,
      String name,
      String tokenHash,
      String hint,
      Instant createdAt,
      Instant expiresAt) {
    this.account = account;
    this.name = name;
    this.tokenHash = tokenHash;
    this.hint = hint;
    this.createdAt = createdAt;
    this.expiresAt = expiresAt;
  }

  public Long getId() {
    return id;
  }

  public Account getAccount() {
    return account;
  }

  public String getName() {
    return name;
  }

  public String getHint() {
    return hint;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  public Instant getLastUsedAt() {
    return lastUsedAt;
  }

  public Instant getRevokedAt() {
    return revokedAt;
  }
}
