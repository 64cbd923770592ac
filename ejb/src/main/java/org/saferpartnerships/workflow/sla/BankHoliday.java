package org.saferpartnerships.workflow.sla;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A bank holiday in England and Wales, with its English and Welsh names. Shipped for 2018-2030 and
 * edited by administrators when a day is proclaimed or moved.
 */
@Entity
@Table(name = "bank_holiday")
public class BankHoliday {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @NotNull(message = "{bankHoliday.date.required}")
  @Column(name = "holiday_date", nullable = false)
  private LocalDate date;

  @NotBlank(message = "{bankHoliday.name.required}")
  @Size(max = 200, message = "{bankHoliday.name.size}")
  @Column(name = "name_en", nullable = false)
  private String name;

  @NotBlank(message = "{bankHoliday.nameCy.required}")
  @Size(max = 200, message = "{bankHoliday.name.size}")
  @Column(name = "name_cy", nullable = false)
  private String nameCy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "updated_by", nullable = false)
  private String updatedBy;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected BankHoliday() {}

  public BankHoliday(LocalDate date, String name, String nameCy, Instant at, String by) {
    this.date = date;
    this.name = name == null ? null : name.strip();
    this.nameCy = nameCy == null ? null : nameCy.strip();
    this.updatedAt = at;
    this.updatedBy = by;
  }

  public void change(LocalDate date, String name, String nameCy, Instant at, String by) {
    this.date = date;
    this.name = name == null ? null : name.strip();
    this.nameCy = nameCy == null ? null : nameCy.strip();
    this.updatedAt = at;
    this.updatedBy = by;
  }

  public Long getId() {
    return id;
  }

  public LocalDate getDate() {
    return date;
  }

  public String getName() {
    return name;
  }

  public String getNameCy() {
    return nameCy;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  public long getVersion() {
    return version;
  }
}
