package org.saferpartnerships.account.twofactor;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An account's authenticator: the shared secret, and whether it has been confirmed with a code.
 * Until then ({@code enabledAt} null) it is an enrolment begun, which asks nothing at sign-in.
 */
@Entity
@Table(name = "two_factor")
public class TwoFactor {

  @Id
  @Column(name = "user_id")
  private Long userId;

  @Column(name = "secret", nullable = false, length = 64)
  private String secret;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "enabled_at")
  private Instant enabledAt;

  /** The newest step whose code was accepted; changed only by a conditional UPDATE. */
  @Column(name = "last_step", nullable = false)
  private long lastStep;

  protected TwoFactor() {}

  TwoFactor(Long userId, String secret, Instant createdAt) {
    this.userId = userId;
    this.secret = secret;
    this.createdAt = createdAt;
  }

  void restart(String newSecret, Instant at) {
    this.secret = newSecret;
    this.createdAt = at;
    this.enabledAt = null;
    this.lastStep = 0;
  }

  void enable(Instant at) {
    this.enabledAt = at;
  }

  public boolean isEnabled() {
    return enabledAt != null;
  }

  public Long getUserId() {
    return userId;
  }

  String getSecret() {
    return secret;
  }

  public Instant getEnabledAt() {
    return enabledAt;
  }
}
