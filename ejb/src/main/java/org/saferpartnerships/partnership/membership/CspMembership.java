package org.saferpartnerships.partnership.membership;

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
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.saferpartnerships.partnership.registry.Area;
import org.saferpartnerships.partnership.registry.Organisation;

/**
 * An organisation that belongs to a CSP, with its role: a responsible authority loaded from the ONS
 * lookups, or any member an administrator added. The councils and the police force of a CSP are
 * members by virtue of the CSP lookup and are not stored here.
 */
@Entity
@Table(name = "csp_membership")
public class CspMembership {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "csp_id", nullable = false, updatable = false)
  private Area csp;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "organisation_id", nullable = false, updatable = false)
  private Organisation organisation;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(name = "member_role", nullable = false)
  private MemberRole role;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(name = "member_source", nullable = false, updatable = false)
  private MemberSource source = MemberSource.ADMINISTRATOR;

  /** For a member covering only part of the CSP's councils, the share it covers, in per cent. */
  @Column(name = "coverage_pct", updatable = false)
  private Integer coveragePercent;

  @Column(name = "added_at", nullable = false, updatable = false)
  private Instant addedAt;

  @Column(name = "added_by", nullable = false, updatable = false)
  private String addedBy;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected CspMembership() {}

  public CspMembership(
      Area csp, Organisation organisation, MemberRole role, Instant addedAt, String addedBy) {
    this.csp = csp;
    this.organisation = organisation;
    this.role = role;
    this.addedAt = addedAt;
    this.addedBy = addedBy;
  }

  /** A member loaded from the ONS lookups of responsible authorities. */
  public static CspMembership fromReferenceData(
      Area csp, Organisation organisation, Integer coveragePercent, Instant addedAt) {
    CspMembership membership =
        new CspMembership(csp, organisation, MemberRole.RESPONSIBLE_AUTHORITY, addedAt, "system");
    membership.source = MemberSource.REFERENCE_DATA;
    membership.coveragePercent = coveragePercent;
    return membership;
  }

  public void changeRole(MemberRole role) {
    this.role = role;
  }

  public Long getId() {
    return id;
  }

  public Area getCsp() {
    return csp;
  }

  public Organisation getOrganisation() {
    return organisation;
  }

  public MemberRole getRole() {
    return role;
  }

  public MemberSource getSource() {
    return source;
  }

  public Integer getCoveragePercent() {
    return coveragePercent;
  }

  public Instant getAddedAt() {
    return addedAt;
  }

  public String getAddedBy() {
    return addedBy;
  }

  public long getVersion() {
    return version;
  }
}
