package org.saferpartnerships.account.sessions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A signed-in browser session: when it began and was last used, the browser and address it came
 * from, and when and by whom it was ended. Its public id is random and is not the session cookie,
 * so the table gives nobody a way into a session.
 */
@Entity
@Table(name = "user_session")
public class UserSession {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "public_id", nullable = false, updatable = false, length = 32)
  private String publicId;

  @Column(name = "user_id", nullable = false, updatable = false)
  private long userId;

  @Column(name = "started_at", nullable = false, updatable = false)
  private Instant startedAt;

  @Column(name = "last_seen_at", nullable = false)
  private Instant lastSeenAt;

  @Column(name = "ended_at")
  private Instant endedAt;

  @Column(name = "ended_by")
  private String endedBy;

  @Column(name = "user_agent", updatable = false)
  private String userAgent;

  @Column(name = "address", updatable = false)
  private String address;

  protected UserSession() {}

  UserSession(String publicId, long userId, Instant at, String userAgent, String address) {
    this.publicId = publicId;
    this.userId = userId;
    this.startedAt = at;
    this.lastSeenAt = at;
    this.userAgent = clip(userAgent, 300);
    this.address = clip(address, 64);
  }

  private static String clip(String text, int max) {
    return text == null ? null : text.length() <= max ? text : text.substring(0, max);
  }

  public String getPublicId() {
    return publicId;
  }

  public long getUserId() {
    return userId;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Instant getLastSeenAt() {
    return lastSeenAt;
  }

  public Instant getEndedAt() {
    return endedAt;
  }

  public String getUserAgent() {
    return userAgent;
  }

  public String getAddress() {
    return address;
  }
}
