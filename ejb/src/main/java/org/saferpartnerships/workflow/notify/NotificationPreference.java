package org.saferpartnerships.workflow.notify;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** A person's choice of e-mail for one kind of notice; no row means {@link Delivery#EMAIL}. */
@Entity
@Table(name = "notification_preference")
@IdClass(NotificationPreference.Key.class)
public class NotificationPreference {

  /** The primary key: the person and the kind of notice. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private long userId;
    private NotificationKind kind;

    public Key() {}

    public Key(long userId, NotificationKind kind) {
      this.userId = userId;
      this.kind = kind;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key && key.userId == userId && key.kind == kind;
    }

    @Override
    public int hashCode() {
      return Objects.hash(userId, kind);
    }
  }

  @Id
  @Column(name = "user_id")
  private long userId;

  @Id
  @Enumerated(EnumType.STRING)
  @Column(name = "kind")
  private NotificationKind kind;

  @Enumerated(EnumType.STRING)
  @Column(name = "delivery", nullable = false)
  private Delivery delivery;

  protected NotificationPreference() {}

  NotificationPreference(long userId, NotificationKind kind, Delivery delivery) {
    this.userId = userId;
    this.kind = kind;
    this.delivery = delivery;
  }

  void deliver(Delivery delivery) {
    this.delivery = delivery;
  }

  public long getUserId() {
    return userId;
  }

  public NotificationKind getKind() {
    return kind;
  }

  public Delivery getDelivery() {
    return delivery;
  }
}
