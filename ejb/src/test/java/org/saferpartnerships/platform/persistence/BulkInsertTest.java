package org.saferpartnerships.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BulkInsertTest {

  @Test
  void writesOneTuplePerRow() {
    BulkInsert rows = new BulkInsert("t", "a", "b");
    assertThat(rows.sql(1)).isEqualTo("INSERT INTO t (a, b) VALUES (?, ?)");
    assertThat(rows.sql(3)).isEqualTo("INSERT INTO t (a, b) VALUES (?, ?), (?, ?), (?, ?)");
  }

  @Test
  void refusesARowOfTheWrongWidth() {
    BulkInsert rows = new BulkInsert("t", "a", "b");
    assertThatThrownBy(() -> rows.add(1)).hasMessageContaining("takes 2 values a row, not 1");
    assertThat(rows.size()).isZero();
    rows.add(1, null);
    assertThat(rows.size()).isEqualTo(1);
  }

  @Test
  void needsColumns() {
    assertThatThrownBy(() -> new BulkInsert("t")).isInstanceOf(IllegalArgumentException.class);
  }
}
