package org.saferpartnerships.consultation.imports;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.saferpartnerships.consultation.responses.Answers;

/** Guesses what a column holds from its heading, by the names tools usually give such columns. */
final class ColumnGuess {

  private ColumnGuess() {}

  static ColumnTarget of(String heading) {
    String h = Answers.normalise(heading);
    if (h.matches(
        "(respondent|response|submission)( id| reference| ref| number| no\\.?)|id|reference|respondent")) {
      return ColumnTarget.REFERENCE;
    }
    if (h.matches(
        ".*(respondent (type|category)|category|capacity|responding as|which best describes you).*")) {
      return ColumnTarget.CATEGORY;
    }
    if (h.matches(
        "(organisation|organization)( name)?|name of (your )?(organisation|organization)|on behalf of.*")) {
      return ColumnTarget.ORGANISATION;
    }
    if (h.matches(
        "(date|submitted|submitted on|date submitted|response date|submission date|created|timestamp)")) {
      return ColumnTarget.SUBMITTED_ON;
    }
    if (h.matches("question|question (text|name|id|code)|.*\\bquestion")) {
      return ColumnTarget.QUESTION_NAME;
    }
    if (h.matches("answer|response text|.*\\banswer")) {
      return ColumnTarget.ANSWER;
    }
    return ColumnTarget.IGNORE;
  }

  /** Whether sample values look like marks of a theme column: 1, 0 or blank only. */
  static boolean marks(List<String> samples) {
    return samples.stream()
        .allMatch(v -> v.isBlank() || v.strip().equals("0") || v.strip().equals("1"));
  }

  /** Keeps a single-use target or a question on its first column only. */
  static List<MappingProposal.Column> firstOnly(List<MappingProposal.Column> columns) {
    Set<ColumnTarget> used = EnumSet.noneOf(ColumnTarget.class);
    Set<Long> questions = new HashSet<>();
    List<MappingProposal.Column> kept = new ArrayList<>();
    for (MappingProposal.Column column : columns) {
      boolean repeat =
          column.target() == ColumnTarget.QUESTION
              ? !questions.add(column.questionId())
              : column.target() != ColumnTarget.IGNORE
                  && column.target() != ColumnTarget.THEME
                  && !used.add(column.target());
      kept.add(
          repeat
              ? new MappingProposal.Column(
                  column.index(),
                  column.letter(),
                  column.heading(),
                  column.samples(),
                  ColumnTarget.IGNORE,
                  null,
                  null,
                  false)
              : column);
    }
    return kept;
  }
}
