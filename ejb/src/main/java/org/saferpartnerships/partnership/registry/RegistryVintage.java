package org.saferpartnerships.partnership.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One imported ONS LAD to CSP to PFA lookup. It is in force from {@code validFrom} until the next
 * vintage's {@code validFrom}; the content hash makes a second import of the same data a no-op.
 * Vintages are never edited, only imported or withdrawn.
 */
@Entity
@Table(name = "registry_vintage")
@NamedQuery(
    name = "RegistryVintage.inForceOn",
    query = "SELECT v FROM RegistryVintage v WHERE v.validFrom <= :date ORDER BY v.validFrom DESC")
@NamedQuery(
    name = "RegistryVintage.findByContent",
    query = "SELECT v FROM RegistryVintage v WHERE v.contentSha256 = :sha")
@NamedQuery(
    name = "RegistryVintage.findByValidFrom",
    query = "SELECT v FROM RegistryVintage v WHERE v.validFrom = :date")
@NamedQuery(
    name = "RegistryVintage.all",
    query = "SELECT v FROM RegistryVintage v ORDER BY v.validFrom DESC")
public class RegistryVintage {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @NotBlank
  @Size(max = 100)
  @Column(name = "label", nullable = false)
  private String label;

  @Column(name = "reference_year")
  private Integer referenceYear;

  @NotNull
  @Column(name = "valid_from", nullable = false)
  private LocalDate validFrom;

  @NotBlank
  @Size(max = 255)
  @Column(name = "source_file_name", nullable = false)
  private String sourceFileName;

  @NotNull
  @Size(min = 64, max = 64)
  @Column(name = "content_sha256", nullable = false, length = 64)
  private String contentSha256;

  @Column(name = "row_count", nullable = false)
  private int rowCount;

  @Column(name = "lad_count", nullable = false)
  private int ladCount;

  @Column(name = "csp_count", nullable = false)
  private int cspCount;

  @Column(name = "pfa_count", nullable = false)
  private int pfaCount;

  @NotNull
  @Column(name = "imported_at", nullable = false)
  private Instant importedAt;

  @NotBlank
  @Column(name = "imported_by", nullable = false)
  private String importedBy;

  protected RegistryVintage() {}

  public RegistryVintage(
      String label,
      Integer referenceYear,
      LocalDate validFrom,
      String sourceFileName,
      String contentSha256,
      VintageCounts counts,
      Instant importedAt,
      String importedBy) {
    this.label = label;
    this.referenceYear = referenceYear;
    this.validFrom = validFrom;
    this.sourceFileName = sourceFileName;
    this.contentSha256 = contentSha256;
    this.rowCount = counts.rows();
    this.ladCount = counts.lads();
    this.cspCount = counts.csps();
    this.pfaCount = counts.pfas();
    this.importedAt = importedAt;
    this.importedBy = importedBy;
  }

  public Long getId() {
    return id;
  }

  public String getLabel() {
    return label;
  }

  public Integer getReferenceYear() {
    return referenceYear;
  }

  public LocalDate getValidFrom() {
    return validFrom;
  }

  public String getSourceFileName() {
    return sourceFileName;
  }

  public String getContentSha256() {
    return contentSha256;
  }

  public int getRowCount() {
    return rowCount;
  }

  public int getLadCount() {
    return ladCount;
  }

  public int getCspCount() {
    return cspCount;
  }

  public int getPfaCount() {
    return pfaCount;
  }

  public Instant getImportedAt() {
    return importedAt;
  }

  public String getImportedBy() {
    return importedBy;
  }
}
