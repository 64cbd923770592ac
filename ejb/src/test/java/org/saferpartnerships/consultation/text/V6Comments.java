package org.saferpartnerships.consultation.text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.saferpartnerships.platform.files.TableFormat;
import org.saferpartnerships.platform.files.TableReader;

/**
 * The real NHS Friends and Family Test comments (test data v6framework_230831.csv, for evaluation
 * only): each answered comment with the themes people gave it, as the text tests and benchmarks
 * read them.
 */
final class V6Comments {

  /** A comment: its row in the file, its words, and the themes (by number) people marked. */
  record Comment(int row, String text, Set<Long> themes) {}

  /** The file's themes, by number, and its answered comments. */
  record Corpus(List<String> themes, List<Comment> comments) {

    String theme(long number) {
      return themes.get((int) number);
    }
  }

  private V6Comments() {}

  static Corpus read() throws IOException {
    Path file = Path.of("src/test/resources/data", "v6framework_230831.csv");
    TableReader.Table table = TableReader.read(TableFormat.CSV, Files.readAllBytes(file), 200_000);
    List<String> headings = table.headings();
    int answer = headings.indexOf("FFT answer");
    int firstTheme = headings.indexOf("Not assigned");
    List<Comment> comments = new ArrayList<>();
    for (TableReader.Row row : table.rows()) {
      String text = row.cells().get(answer);
      if (text.isBlank()) {
        continue;
      }
      Set<Long> themes = new TreeSet<>();
      for (int c = firstTheme; c < headings.size(); c++) {
        if (row.cells().get(c).equals("1")) {
          themes.add((long) (c - firstTheme));
        }
      }
      comments.add(new Comment(row.number(), text, themes));
    }
    return new Corpus(List.copyOf(headings.subList(firstTheme, headings.size())), comments);
  }
}
