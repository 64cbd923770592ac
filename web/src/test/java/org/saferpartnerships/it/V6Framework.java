package org.saferpartnerships.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The real NHS Friends and Family Test comments (test data v6framework_230831.csv, for evaluation
 * only) as a consultation: its questions, its two trusts as respondent categories, and the file
 * with the people's coding kept on its first rows only (the rest is left to suggest).
 */
final class V6Framework {

  static final String FILE_NAME = "v6framework_230831.csv";

  /** Respondents in the file: one row per answer, several answers per respondent. */
  static final int RESPONDENTS = 4466;

  private V6Framework() {}

  static Path file() {
    return Deployments.testData().resolve(FILE_NAME);
  }

  /** The consultation to import the file into, as the API takes it. */
  static String consultation() {
    StringBuilder scores = new StringBuilder();
    for (int i = 1; i <= 7; i++) {
      scores.append(i == 1 ? "" : ",").append("{\"labelEn\":\"").append(i).append("\"}");
    }
    String questions =
        "[{\"code\":\"FFT\",\"textEn\":\"FFT categorical answer\",\"kind\":\"SINGLE_CHOICE\","
            + "\"options\":["
            + scores
            + "]},"
            + "{\"code\":\"WHY\",\"textEn\":\"FFT Why?\",\"kind\":\"FREE_TEXT\"},"
            + "{\"code\":\"IMPROVE\",\"textEn\":\"How could we improve?\",\"kind\":\"FREE_TEXT\"},"
            + "{\"code\":\"BETTER\",\"textEn\":\"What could we do better?\",\"kind\":\"FREE_TEXT\"},"
            + "{\"code\":\"GOOD\",\"textEn\":\"What was good?\",\"kind\":\"FREE_TEXT\"},"
            + "{\"code\":\"111\",\"textEn\":\"Please describe any things about the 111 service that you"
            + " were particularly satisfied and/or dissatisfied with\",\"kind\":\"FREE_TEXT\"}]";
    return "{\"titleEn\":\"Friends and Family Test "
        + UUID.randomUUID()
        + "\",\"opensOn\":\"2021-01-01\",\"closesOn\":\"2023-08-31\","
        + "\"categories\":[{\"code\":\"NEAS\",\"labelEn\":\"North East Ambulance Service\"},"
        + "{\"code\":\"NHFT\",\"labelEn\":\"Northamptonshire Healthcare\"}],"
        + "\"questions\":"
        + questions
        + "}";
  }

  /** The file with the theme marks of rows after {@code codedRows} blanked. */
  static byte[] partlyCoded(int codedRows) throws IOException {
    StringBuilder partlyCoded = new StringBuilder();
    try (CSVParser parser = CSVParser.parse(file(), StandardCharsets.UTF_8, CSVFormat.RFC4180);
        CSVPrinter printer = new CSVPrinter(partlyCoded, CSVFormat.RFC4180)) {
      int row = 0;
      int firstTheme = -1;
      for (CSVRecord record : parser) {
        List<String> cells = new ArrayList<>(record.toList());
        if (row == 0) {
          firstTheme = cells.indexOf("Not assigned");
        } else if (row > codedRows) {
          for (int i = firstTheme; i < cells.size(); i++) {
            cells.set(i, "");
          }
        }
        printer.printRecord(cells);
        row++;
      }
    }
    return partlyCoded.toString().getBytes(StandardCharsets.UTF_8);
  }
}
