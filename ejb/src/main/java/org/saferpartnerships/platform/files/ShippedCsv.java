package org.saferpartnerships.platform.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV file shipped with the application (reference data, seeded procedures): UTF-8, a
 * heading row, read whole. A file that is missing is a fault of the build, not of the user, so it
 * fails loudly. Files people upload go through {@link TableReader} instead.
 */
public final class ShippedCsv {

  private ShippedCsv() {}

  /** The rows of a class-path resource, by its heading names. */
  public static List<CSVRecord> read(ClassLoader loader, String resource) {
    InputStream in = loader.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("Shipped file " + resource + " is not on the class path");
    }
    try (InputStreamReader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return CSVFormat.DEFAULT
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .get()
          .parse(reader)
          .getRecords();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
