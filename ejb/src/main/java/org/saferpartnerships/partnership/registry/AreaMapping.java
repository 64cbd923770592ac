package org.saferpartnerships.partnership.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * One row of a vintage's lookup: the council is (at least partly) covered by the CSP, which sits in
 * the police force area. A council can sit in several legacy CSPs and a CSP can cover several
 * councils. Immutable; the line is where the row stood in the imported file.
 */
@Entity
@Table(name = "area_mapping")
public class AreaMapping {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "vintage_id", nullable = false, updatable = false)
  private RegistryVintage vintage;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "lad_id", nullable = false, updatable = false)
  private Area lad;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "csp_id", nullable = false, updatable = false)
  private Area csp;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "pfa_id", nullable = false, updatable = false)
  private Area pfa;

  @Column(name = "source_line", nullable = false, updatable = false)
  private int sourceLine;

  protected AreaMapping() {}

  public AreaMapping(RegistryVintage vintage, Area lad, Area csp, Area pfa, int sourceLine) {
    this.vintage = vintage;
    this.lad = lad;
    this.csp = csp;
    this.pfa = pfa;
    this.sourceLine = sourceLine;
  }

  public Long getId() {
    return id;
  }

  public RegistryVintage getVintage() {
    return vintage;
  }

  public Area getLad() {
    return lad;
  }

  public Area getCsp() {
    return csp;
  }

  public Area getPfa() {
    return pfa;
  }

  public int getSourceLine() {
    return sourceLine;
  }
}
