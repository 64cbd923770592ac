package org.saferpartnerships.casereview.victims;

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
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.saferpartnerships.casereview.ContactMethod;
import org.saferpartnerships.partnership.registry.Area;

/** A victim whose reports the partnership logs before any application for a case review. */
@Entity
@Table(name = "asb_victim")
public class AsbVictim {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "csp_id", nullable = false, updatable = false)
  private Area csp;

  @Column(name = "name")
  private String name;

  @Column(name = "contact")
  private String contact;

  @Column(name = "told_on")
  private LocalDate toldOn;

  @Column(name = "told_by")
  private String toldBy;

  @Enumerated(EnumType.STRING)
  @Column(name = "told_how")
  private ContactMethod toldHow;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected AsbVictim() {}

  AsbVictim(Area csp, String name, String contact, Instant at, String by) {
    this.csp = csp;
    this.name = name.trim();
    this.contact = contact == null || contact.isBlank() ? null : contact.trim();
    this.createdAt = at;
    this.createdBy = by;
  }

  /** Retention: the name and contact go; whether and when they were told stays. */
  public void anonymise() {
    this.name = null;
    this.contact = null;
    this.toldBy = null;
  }

  void told(LocalDate on, ContactMethod how, String by) {
    this.toldOn = on;
    this.toldHow = how;
    this.toldBy = by;
  }

  public Long getId() {
    return id;
  }

  public Area getCsp() {
    return csp;
  }

  public String getName() {
    return name;
  }

  public String getContact() {
    return contact;
  }

  public LocalDate getToldOn() {
    return toldOn;
  }

  public String getToldBy() {
    return toldBy;
  }

  public ContactMethod getToldHow() {
    return toldHow;
  }

  public long getVersion() {
    return version;
  }
}
