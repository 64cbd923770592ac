package org.saferpartnerships.account;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.saferpartnerships.identity.Role;
import org.saferpartnerships.partnership.registry.Organisation;

/**
 * A person who signs in: their roles, the organisations they act for, their language, and the state
 * of their sign-in attempts. The password is only ever held as a PBKDF2 hash.
 */
@Entity
@Table(name = "app_user")
@NamedQuery(
    name = "Account.findByUsername",
    query = "SELECT a FROM Account a WHERE a.username = :username")
public class Account {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @NotBlank
  @Size(max = 100)
  @Column(name = "username", nullable = false, updatable = false)
  private String username;

  @NotBlank
  @Size(max = 200)
  @Column(name = "display_name", nullable = false)
  private String displayName;

  @Size(max = 254)
  @Column(name = "email")
  private String email;

  @NotBlank
  @Column(name = "password_hash", nullable = false)
  private String passwordHash;

  @Pattern(regexp = "en|cy")
  @Column(name = "preferred_language", nullable = false, length = 2)
  private String preferredLanguage = "en";

  @Column(name = "enabled", nullable = false)
  private boolean enabled = true;

  @Column(name = "failed_attempts", nullable = false)
  private int failedAttempts;

  @Column(name = "locked_until")
  private Instant lockedUntil;

  @Column(name = "last_login_at")
  private Instant lastLoginAt;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "role", nullable = false)
  private Set<Role> roles = EnumSet.noneOf(Role.class);

  @ManyToMany(fetch = FetchType.LAZY)
  @JoinTable(
      name = "app_user_organisation",
      joinColumns = @JoinColumn(name = "user_id"),
      inverseJoinColumns = @JoinColumn(name = "organisation_id"))
  private Set<Organisation> organisations = new HashSet<>();

  protected Account() {}

  public Account(String username, String displayName, String passwordHash, Instant createdAt) {
    this.username = username;
    this.displayName = displayName;
    this.passwordHash = passwordHash;
    this.createdAt = createdAt;
  }

  public boolean isLockedAt(Instant now) {
    return lockedUntil != null && lockedUntil.isAfter(now);
  }

  /** Counts a failed sign-in; the failure that reaches {@code maxFailures} locks the account. */
  public boolean recordFailure(Instant now, int maxFailures, java.time.Duration lockFor) {
    failedAttempts++;
    if (failedAttempts >= maxFailures) {
      lockedUntil = now.plus(lockFor);
      failedAttempts = 0;
      return true;
    }
    return false;
  }

  public void recordSuccess(Instant now) {
    failedAttempts = 0;
    lockedUntil = null;
    lastLoginAt = now;
  }

  public void unlock() {
    failedAttempts = 0;
    lockedUntil = null;
  }

  public void preferLanguage(String language) {
    this.preferredLanguage = language;
  }

  public void grant(Role role) {
    roles.add(role);
  }

  public void actFor(Organisation organisation) {
    organisations.add(organisation);
  }

  public void disable() {
    enabled = false;
  }

  public Long getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public String getEmail() {
    return email;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public String getPreferredLanguage() {
    return preferredLanguage;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public int getFailedAttempts() {
    return failedAttempts;
  }

  public Instant getLockedUntil() {
    return lockedUntil;
  }

  public Instant getLastLoginAt() {
    return lastLoginAt;
  }

  public Set<Role> getRoles() {
    return Set.copyOf(roles);
  }

  public Set<Organisation> getOrganisations() {
    return Set.copyOf(organisations);
  }

  public long getVersion() {
    return version;
  }
}
