package org.saferpartnerships.account.tokens;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
 * A one-time link to set an account's password. Only the SHA-256 of its token is stored, so the
 * table gives nobody a working link; used once, or past its expiry, it opens nothing.
 */
@Entity
@Table(name = "account_token")
public class AccountToken {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "token_hash", nullable = false, updatable = false, length = 64)
  private String tokenHash;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "user_id", nullable = false, updatable = false)
  private Account account;

  @Enumerated(EnumType.STRING)
  @Column(name = "purpose", nullable = false, updatable = false)
  private TokenPurpose purpose;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  @Column(name = "expires_at", nullable = false, updatable = false)
  private Instant expiresAt;

  @Column(name = "used_at")
  private Instant usedAt;

  protected AccountToken() {}

  AccountToken(
      String tokenHash,
      Account account,
      TokenPurpose purpose,
      Instant createdAt,
      String createdBy) {
    this.tokenHash = tokenHash;
    this.account = account;
    this.purpose = purpose;
    this.createdAt = createdAt;
    this.createdBy = createdBy;
    this.expiresAt = createdAt.plus(purpose.life());
  }

  public Long getId() {
    return id;
  }

  public Account getAccount() {
    return account;
  }

  public TokenPurpose getPurpose() {
    return purpose;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  public Instant getUsedAt() {
    return usedAt;
  }
}
