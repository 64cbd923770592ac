package org.saferpartnerships.casereview.returns;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** The columns of the return, in order, as an administrator last set them (one row). */
@Entity
@Table(name = "data_return_layout")
public class DataReturnLayout {

  static final long ID = 1;

  @Id private Long id;

  @Column(name = "columns_list", nullable = false)
  private String columns;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "updated_by", nullable = false)
  private String updatedBy;

  @Version private long version;

  protected DataReturnLayout() {}

  public List<DataReturnColumn> columns() {
    return Arrays.stream(columns.split(",")).map(DataReturnColumn::valueOf).toList();
  }

  void set(List<DataReturnColumn> chosen, Instant at, String by) {
    this.columns = chosen.stream().map(Enum::name).collect(Collectors.joining(","));
    this.updatedAt = at;
    this.updatedBy = by;
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
