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

  @Column(name = "last_failed_at")
  private Instant lastFailedAt;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  /** A lead manages the accounts of the organisations they act for, within their own roles. */
  @Column(name = "organisation_lead", nullable = false)
  private boolean organisationLead;

  /** Raised to end every session and cached credential of the account at once. */
  @Column(name = "session_epoch", nullable = false)
  private int sessionEpoch;

  @Column(name = "password_changed_at")
  private Instant passwordChangedAt;

  @Column(name = "invited_by", updatable = false)
  private String invitedBy;

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

  /** The prefix of a password hash that no password matches: invited, or reset forced. */
  public static final String UNUSABLE = "!";

  /**
   * An account invited by someone: its username is its e-mail address, and it has no password until
   * the person sets one through the invitation's link.
   */
  public static Account invited(
      String email, String displayName, Instant at, String by, String unusableHash) {
    Account account = new Account(email, displayName, unusableHash, at);
    account.email = email;
    account.invitedBy = by;
    return account;
  }

  /** Whether a password has ever been set (an invited account has none until its link is used). */
  public boolean hasPassword() {
    return !passwordHash.startsWith(UNUSABLE);
  }

  public void setPassword(String hash, Instant at) {
    this.passwordHash = hash;
    this.passwordChangedAt = at;
    this.failedAttempts = 0;
    this.lockedUntil = null;
  }

  /** No password works until a reset link is used; every session ends. */
  public void withdrawPassword(String unusableHash) {
    this.passwordHash = unusableHash;
  }

  public void endSessions() {
    sessionEpoch++;
  }

  public void enable() {
    enabled = true;
  }

  public void rename(String displayName) {
    this.displayName = displayName;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public void makeLead(boolean lead) {
    this.organisationLead = lead;
  }

  public void replaceRoles(java.util.Collection<Role> newRoles) {
    roles.clear();
    roles.addAll(newRoles);
  }

  public void replaceOrganisations(java.util.Collection<Organisation> newOrganisations) {
    organisations.clear();
    organisations.addAll(newOrganisations);
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

  public Instant getLastFailedAt() {
    return lastFailedAt;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public boolean isOrganisationLead() {
    return organisationLead;
  }

  public int getSessionEpoch() {
    return sessionEpoch;
  }

  public Instant getPasswordChangedAt() {
    return passwordChangedAt;
  }

  public String getInvitedBy() {
    return invitedBy;
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
