package org.saferpartnerships.partnership.governance;

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
import java.time.LocalDate;
import org.saferpartnerships.partnership.registry.Area;
import org.saferpartnerships.partnership.registry.Organisation;

/**
 * A period in which one body held PCC functions for a police force area (DOMAIN.md section 2): PCCs
 * from November 2012, transfers to PFCCs and mayors since, the 2028 abolition to come. A null start
 * means "from before the record begins", a null end "to this day".
 */
@Entity
@Table(name = "policing_body_term")
public class PolicingBodyTerm {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "pfa_id", nullable = false, updatable = false)
  private Area pfa;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "organisation_id", nullable = false, updatable = false)
  private Organisation body;

  @Enumerated(EnumType.STRING)
  @Column(name = "governance_type", nullable = false)
  private GovernanceType governanceType;

  @Column(name = "valid_from")
  private LocalDate validFrom;

  @Column(name = "valid_to")
  private LocalDate validTo;

  @Column(name = "source", length = 500)
  private String source;

  @Column(name = "note", length = 500)
  private String note;

  protected PolicingBodyTerm() {}

  public PolicingBodyTerm(
      Area pfa,
      Organisation body,
      GovernanceType governanceType,
      LocalDate validFrom,
      LocalDate validTo,
      String source,
      String note) {
    this.pfa = pfa;
    this.body = body;
    this.governanceType = governanceType;
    this.validFrom = validFrom;
    this.validTo = validTo;
    this.source = source;
    this.note = note;
  }

  /** Ends the term the day before its successor starts. */
  void endOn(LocalDate lastDay) {
    this.validTo = lastDay;
  }

  public boolean coversDate(LocalDate date) {
    return (validFrom == null || !validFrom.isAfter(date))
        && (validTo == null || !validTo.isBefore(date));
  }

  public Long getId() {
    return id;
  }

  public Area getPfa() {
    return pfa;
  }

  public Organisation getBody() {
    return body;
  }

  public GovernanceType getGovernanceType() {
    return governanceType;
  }

  public LocalDate getValidFrom() {
    return validFrom;
  }

  public LocalDate getValidTo() {
    return validTo;
  }

  public String getSource() {
    return source;
  }

  public String getNote() {
    return note;
  }
}
