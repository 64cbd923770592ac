package org.saferpartnerships.workflow.notify;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.saferpartnerships.platform.persistence.BulkInsert;

/**
 * A notice to one user about one item, shown in the app until read and sent by e-mail through an
 * outbox (state PENDING until a sender, holding a lease on the row, has handed it to the SMTP
 * server). The (user, dedupe key) pair is unique, so a retried warning or escalation cannot notify
 * anyone twice.
 */
@Entity
@Table(name = "notification")
public class Notification {

  /** How far the e-mail of a notice has got. */
  public enum EmailState {
    PENDING,
    SENT,
    FAILED,
    NONE,
    /** Waiting for the recipient's daily summary. */
    DIGEST
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "user_id", nullable = false, updatable = false)
  private long userId;

  @Column(name = "work_item_id", nullable = false, updatable = false)
  private long workItemId;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, updatable = false)
  private NotificationKind kind;

  @Column(name = "dedupe_key", nullable = false, updatable = false)
  private String dedupeKey;

  @Column(name = "detail", updatable = false)
  private String detail;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "read_at")
  private Instant readAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "email_state", nullable = false)
  private EmailState emailState;

  @Column(name = "email_attempts", nullable = false)
  private int emailAttempts;

  @Column(name = "lease_until")
  private Instant leaseUntil;

  @Column(name = "sent_at")
  private Instant sentAt;

  @Column(name = "last_error")
  private String lastError;

  protected Notification() {}

  /** New notices are written in sets (see {@link Notifier}); these are the columns they set. */
  static BulkInsert newRows() {
    return new BulkInsert(
        "notification",
        "user_id",
        "work_item_id",
        "kind",
        "dedupe_key",
        "detail",
        "created_at",
        "email_state",
        "email_attempts");
  }

  /** A new notice, unread, its e-mail in the state the recipient's address and choice give. */
  static void addRow(
      BulkInsert rows,
      long userId,
      long workItemId,
      NotificationKind kind,
      String dedupeKey,
      String detail,
      EmailState email,
      Instant at) {
    rows.add(userId, workItemId, kind, dedupeKey, detail, at, email, 0);
  }

  public Long getId() {
    return id;
  }

  public long getUserId() {
    return userId;
  }

  public long getWorkItemId() {
    return workItemId;
  }

  public NotificationKind getKind() {
    return kind;
  }

  public String getDetail() {
    return detail;
  }

  public EmailState getEmailState() {
    return emailState;
  }

  public int getEmailAttempts() {
    return emailAttempts;
  }
}
