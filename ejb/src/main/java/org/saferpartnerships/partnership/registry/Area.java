package org.saferpartnerships.partnership.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/**
 * A GSS-coded area: a council (local authority district), a CSP or a police force area. ONS never
 * reuses a code, so one row serves every vintage; which vintages contain it is in {@link
 * AreaMapping} and {@link CspPlacement}. Equal by GSS code.
 */
@Entity
@Table(name = "area")
@NamedQuery(name = "Area.findByCodes", query = "SELECT a FROM Area a WHERE a.gssCode IN :codes")
@NamedQuery(name = "Area.findByCode", query = "SELECT a FROM Area a WHERE a.gssCode = :code")
public class Area {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @NotNull
  @Size(min = 9, max = 9)
  @Column(name = "gss_code", nullable = false, updatable = false, length = 9)
  private String gssCode;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(name = "area_type", nullable = false, updatable = false)
  private AreaType type;

  @NotNull
  @Column(name = "country", nullable = false, updatable = false)
  private Country country;

  @NotBlank
  @Size(max = 200)
  @Column(name = "name", nullable = false)
  private String name;

  @Size(max = 200)
  @Column(name = "name_cy")
  private String nameCy;

  protected Area() {}

  public Area(String gssCode, AreaType type, String name) {
    if (!type.accepts(gssCode)) {
      throw new IllegalArgumentException(gssCode + " is not a " + type + " code");
    }
    this.gssCode = gssCode;
    this.type = type;
    this.country = AreaType.countryOf(gssCode);
    this.name = name;
  }

  public void rename(String name, String nameCy) {
    this.name = name;
    if (nameCy != null && !nameCy.isBlank()) {
      this.nameCy = nameCy;
    }
  }

  public void nameInWelsh(String nameCy) {
    this.nameCy = nameCy;
  }

  public Long getId() {
    return id;
  }

  public String getGssCode() {
    return gssCode;
  }

  public AreaType getType() {
    return type;
  }

  public Country getCountry() {
    return country;
  }

  public String getName() {
    return name;
  }

  public String getNameCy() {
    return nameCy;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Area area && Objects.equals(gssCode, area.gssCode);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(gssCode);
  }

  @Override
  public String toString() {
    return gssCode + " " + name;
  }
}
