package org.saferpartnerships.account.sso;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * Someone an OpenID Connect provider vouched for (with a verified e-mail address) who has no
 * account here, waiting for an administrator to invite them or refuse them.
 */
@Entity
@Table(name = "sign_in_request")
public class SignInRequest {

  /** Where a request stands. */
  public enum Status {
    PENDING,
    APPROVED,
    REFUSED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "issuer", nullable = false, updatable = false)
  private String issuer;

  @Column(name = "subject", nullable = false, updatable = false)
  private String subject;

  @Column(name = "email", nullable = false)
  private String email;

  @Column(name = "display_name", nullable = false)
  private String displayName;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private Status status;

  @Column(name = "requested_at", nullable = false, updatable = false)
  private Instant requestedAt;

  @Column(name = "last_requested_at", nullable = false)
  private Instant lastRequestedAt;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "decided_by")
  private String decidedBy;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected SignInRequest() {}

  SignInRequest(String issuer, String subject, String email, String displayName, Instant at) {
    this.issuer = issuer;
    this.subject = subject;
    this.email = email;
    this.displayName = displayName;
    this.status = Status.PENDING;
    this.requestedAt = at;
    this.lastRequestedAt = at;
  }

  void askedAgain(String newEmail, String newName, Instant at) {
    this.email = newEmail;
    this.displayName = newName;
    this.lastRequestedAt = at;
  }

  void decide(Status decision, String by, Instant at) {
    this.status = decision;
    this.decidedBy = by;
    this.decidedAt = at;
  }

  public Long getId() {
    return id;
  }

  public String getEmail() {
    return email;
  }

  public String getDisplayName() {
    return displayName;
  }

  public Status getStatus() {
    return status;
  }

  public Instant getRequestedAt() {
    return requestedAt;
  }

  public Instant getLastRequestedAt() {
    return lastRequestedAt;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public String getIssuer() {
    return issuer;
  }

  public long getVersion() {
    return version;
  }
}
