package org.saferpartnerships.consultation.imports;

import java.io.ByteArrayOutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;

/**
 * The file of an import, kept gzipped from upload until the import ends, in parts of {@link
 * #PART_BYTES}: a single value as large as the file could exceed what the database server takes in
 * one packet (16 MB by default on MariaDB). Written and read on the caller's connection, so in its
 * transaction.
 */
final class ImportFile {

  /** The largest part stored in one row. */
  static final int PART_BYTES = 4 * 1024 * 1024;

  private ImportFile() {}

  static void store(Connection db, long importId, byte[] gzipped) throws SQLException {
    try (PreparedStatement insert =
        db.prepareStatement(
            "INSERT INTO consultation_import_part (import_id, part, bytes) VALUES (?, ?, ?)")) {
      for (int part = 0, from = 0; from < gzipped.length; part++, from += PART_BYTES) {
        insert.setLong(1, importId);
        insert.setInt(2, part);
        insert.setBytes(
            3, Arrays.copyOfRange(gzipped, from, Math.min(gzipped.length, from + PART_BYTES)));
        insert.executeUpdate(); // one part a statement: a batch would join them in one packet
      }
    }
  }

  /** The whole gzipped file; empty if it has been dropped. */
  static byte[] read(Connection db, long importId) throws SQLException {
    ByteArrayOutputStream whole = new ByteArrayOutputStream();
    try (PreparedStatement select =
        db.prepareStatement(
            "SELECT bytes FROM consultation_import_part WHERE import_id = ? ORDER BY part")) {
      select.setLong(1, importId);
      try (ResultSet parts = select.executeQuery()) {
        while (parts.next()) {
          whole.writeBytes(parts.getBytes(1));
        }
      }
    }
    return whole.toByteArray();
  }

  static void drop(Connection db, long importId) throws SQLException {
    try (PreparedStatement delete =
        db.prepareStatement("DELETE FROM consultation_import_part WHERE import_id = ?")) {
      delete.setLong(1, importId);
      delete.executeUpdate();
    }
  }
}
