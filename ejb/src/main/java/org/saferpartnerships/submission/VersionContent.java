package org.saferpartnerships.submission;

import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/** What a CSP writes in a version: the period it covers, a summary, its priorities and measures. */
public record VersionContent(
    LocalDate periodFrom,
    LocalDate periodTo,
    @Size(max = 20000, message = "{submission.summary.size}") String summary,
    @Size(max = 30, message = "{submission.priorities.size}")
        List<@Size(max = 500, message = "{submission.line.size}") String> priorities,
    @Size(max = 30, message = "{submission.measures.size}")
        List<@Size(max = 500, message = "{submission.line.size}") String> measures)
    implements Serializable {

  public VersionContent {
    priorities = clean(priorities);
    measures = clean(measures);
  }

  /** The summary, trimmed, or null if blank. */
  public String summaryText() {
    return summary == null || summary.isBlank() ? null : summary.strip();
  }

  /** Lines of a text area: one item a line, blanks dropped. */
  public static List<String> lines(String text) {
    return text == null ? List.of() : clean(List.of(text.split("\\R")));
  }

  static String joinLines(List<String> lines) {
    return lines.isEmpty() ? null : lines.stream().collect(Collectors.joining("\n"));
  }

  private static List<String> clean(List<String> lines) {
    return lines == null
        ? List.of()
        : lines.stream()
            .filter(line -> line != null && !line.isBlank())
            .map(line -> line.strip().replaceAll("\\s+", " "))
            .toList();
  }
}
