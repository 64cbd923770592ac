package org.saferpartnerships.account.sso;

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

/** A person at an OpenID Connect provider (issuer and subject), linked to one account. */
@Entity
@Table(name = "external_identity")
public class ExternalIdentity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "issuer", nullable = false, updatable = false)
  private String issuer;

  @Column(name = "subject", nullable = false, updatable = false)
  private String subject;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "user_id", nullable = false, updatable = false)
  private Account account;

  @Column(name = "email", nullable = false)
  private String email;

  @Column(name = "linked_at", nullable = false, updatable = false)
  private Instant linkedAt;

  @Column(name = "last_used_at")
  private Instant lastUsedAt;

  protected ExternalIdentity() {}

  ExternalIdentity(String issuer, String subject, Account account, String email, Instant at) {
    this.issuer = issuer;
    this.subject = subject;
    this.account = account;
    this.email = email;
    this.linkedAt = at;
    this.lastUsedAt = at;
  }

  void used(Instant at) {
    this.lastUsedAt = at;
  }

  public Account getAccount() {
    return account;
  }

  public String getIssuer() {
    return issuer;
  }
}
