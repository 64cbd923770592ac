package org.saferpartnerships.partnership.registry;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * Where a CSP sits in a vintage: in exactly one police force area. Written at import from the
 * mapping rows (which the importer has checked agree), so a CSP list is one row per CSP.
 */
@Entity
@Table(name = "csp_placement")
public class CspPlacement {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "vintage_id", nullable = false, updatable = false)
  private RegistryVintage vintage;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "csp_id", nullable = false, updatable = false)
  private Area csp;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "pfa_id", nullable = false, updatable = false)
  private Area pfa;

  protected CspPlacement() {}

  public CspPlacement(RegistryVintage vintage, Area csp, Area pfa) {
    this.vintage = vintage;
    this.csp = csp;
    this.pfa = pfa;
  }

  public Long getId() {
    return id;
  }

  public RegistryVintage getVintage() {
    return vintage;
  }

  public Area getCsp() {
    return csp;
  }

  public Area getPfa() {
    return pfa;
  }
}
