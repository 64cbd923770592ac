package org.saferpartnerships.partnership.registry;

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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * A body that takes part in community safety work and that users act for. Councils, forces and
 * partnerships are tied to their GSS area; other bodies stand alone. Equal by id.
 */
@Entity
@Table(name = "organisation")
@NamedQuery(
    name = "Organisation.findByTypeAndAreas",
    query = "SELECT o FROM Organisation o WHERE o.type = :type AND o.area IN :areas")
@NamedQuery(
    name = "Organisation.findByTypeAndName",
    query = "SELECT o FROM Organisation o WHERE o.type = :type AND LOWER(o.name) = LOWER(:name)")
public class Organisation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(name = "org_type", nullable = false, updatable = false)
  private OrganisationType type;

  @NotBlank(message = "{organisation.name.required}")
  @Size(max = 200, message = "{organisation.name.size}")
  @Column(name = "name", nullable = false)
  private String name;

  @Size(max = 200, message = "{organisation.name.size}")
  @Column(name = "name_cy")
  private String nameCy;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "area_id", updatable = false)
  private Area area;

  @NotNull
  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @NotBlank
  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Organisation() {}

  public Organisation(
      OrganisationType type,
      String name,
      String nameCy,
      Area area,
      Instant createdAt,
      String createdBy) {
    this.type = type;
    this.name = name;
    this.nameCy = blankToNull(nameCy);
    this.area = area;
    this.createdAt = createdAt;
    this.createdBy = createdBy;
  }

  public void rename(String name, String nameCy) {
    this.name = name;
    this.nameCy = blankToNull(nameCy);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }

  public Long getId() {
    return id;
  }

  public OrganisationType getType() {
    return type;
  }

  public String getName() {
    return name;
  }

  public String getNameCy() {
    return nameCy;
  }

  public Area getArea() {
    return area;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public long getVersion() {
    return version;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Organisation organisation && id != null && id.equals(organisation.id);
  }

  @Override
  public int hashCode() {
    return Organisation.class.hashCode();
  }
}
