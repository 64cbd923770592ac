package org.saferpartnerships.casereview.letters;

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
import org.saferpartnerships.casereview.CaseReview;

/** An e-mail to an applicant, in their language, waiting in the outbox or sent. */
@Entity
@Table(name = "case_message")
public class CaseMessage {

  /** How far the message has got. */
  public enum State {
    PENDING,
    SENT,
    FAILED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "case_review_id", nullable = false, updatable = false)
  private CaseReview caseReview;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, updatable = false)
  private CaseMessageKind kind;

  @Column(name = "language", nullable = false, updatable = false)
  private String language;

  @Column(name = "to_address")
  private String toAddress;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", nullable = false)
  private State state;

  @Column(name = "attempts", nullable = false)
  private int attempts;

  @Column(name = "lease_until")
  private Instant leaseUntil;

  @Column(name = "sent_at")
  private Instant sentAt;

  @Column(name = "last_error")
  private String lastError;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "letter_id", updatable = false)
  private Long letterId;

  protected CaseMessage() {}

  public CaseMessage(CaseReview caseReview, CaseMessageKind kind, String toAddress, Instant at) {
    this.caseReview = caseReview;
    this.kind = kind;
    this.language = caseReview.getLanguage();
    this.toAddress = toAddress;
    this.state = State.PENDING;
    this.createdAt = at;
  }

  /** The same message carrying a letter as its attachment. */
  CaseMessage withLetter(long letterId) {
    this.letterId = letterId;
    return this;
  }

  public Long getId() {
    return id;
  }

  public CaseMessageKind getKind() {
    return kind;
  }

  public State getState() {
    return state;
  }
}
