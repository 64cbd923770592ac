package org.saferpartnerships.consultation.imports;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.saferpartnerships.platform.errors.ServiceException;

/**
 * Which column of a file goes where: one choice a column, by position from 0. Stored with the
 * import as text ({@code 0=QUESTION:12,1=REFERENCE,...}) so that the background job reads the same.
 */
public record ImportMapping(List<Choice> choices) {

  /**
   * A column and what it holds; questionId only for {@link ColumnTarget#QUESTION}, themeId for
   * {@link ColumnTarget#THEME} (none: a new theme named by the heading, made when the file is
   * queued).
   */
  public record Choice(int column, ColumnTarget target, Long questionId, Long themeId) {
    public Choice(int column, ColumnTarget target, Long questionId) {
      this(column, target, questionId, null);
    }
  }

  public ImportMapping {
    choices = List.copyOf(choices);
  }

  /**
   * Refuses a mapping that cannot be imported: a column mapped twice or outside the file, a
   * question or a single-use target on two columns, no answers at all, or half of the
   * question-name/answer pair.
   */
  public void check(int columnCount, Set<Long> questionIds, Set<Long> themeIds) {
    Set<Integer> columns = new HashSet<>();
    Set<Long> questions = new HashSet<>();
    Set<Long> themes = new HashSet<>();
    Map<ColumnTarget, Integer> singles = new EnumMap<>(ColumnTarget.class);
    for (Choice choice : choices) {
      if (choice.target() == null || choice.column() < 0 || choice.column() >= columnCount) {
        throw new ServiceException("import.mapping.column", choice.column() + 1);
      }
      if (!columns.add(choice.column())) {
        throw new ServiceException("import.mapping.columnTwice", choice.column() + 1);
      }
      if (choice.target() == ColumnTarget.QUESTION) {
        if (choice.questionId() == null || !questionIds.contains(choice.questionId())) {
          throw new ServiceException("import.mapping.question", choice.column() + 1);
        }
        if (!questions.add(choice.questionId())) {
          throw new ServiceException("import.mapping.questionTwice", choice.column() + 1);
        }
      } else if (choice.target() == ColumnTarget.THEME) {
        if (choice.themeId() != null && !themeIds.contains(choice.themeId())) {
          throw new ServiceException("import.mapping.theme", choice.column() + 1);
        }
        if (choice.themeId() != null && !themes.add(choice.themeId())) {
          throw new ServiceException("import.mapping.themeTwice", choice.column() + 1);
        }
      } else if (choice.target() != ColumnTarget.IGNORE
          && singles.put(choice.target(), choice.column()) != null) {
        throw new ServiceException("import.mapping.targetTwice", choice.target().name());
      }
    }
    boolean named = singles.containsKey(ColumnTarget.QUESTION_NAME);
    if (named != singles.containsKey(ColumnTarget.ANSWER)) {
      throw new ServiceException("import.mapping.namedPair");
    }
    if (named && !singles.containsKey(ColumnTarget.REFERENCE)) {
      throw new ServiceException("import.mapping.namedNeedsReference");
    }
    if (questions.isEmpty() && !named) {
      throw new ServiceException("import.mapping.noAnswers");
    }
  }

  /** A copy with every new-theme column given the theme made for it. */
  public ImportMapping withThemes(Map<Integer, Long> madeByColumn) {
    return new ImportMapping(
        choices.stream()
            .map(
                c ->
                    c.target() == ColumnTarget.THEME && c.themeId() == null
                        ? new Choice(c.column(), c.target(), null, madeByColumn.get(c.column()))
                        : c)
            .toList());
  }

  public Optional<Integer> columnOf(ColumnTarget target) {
    return choices.stream().filter(c -> c.target() == target).map(Choice::column).findFirst();
  }

  public String format() {
    List<String> parts = new ArrayList<>();
    for (Choice choice : choices) {
      parts.add(
          choice.column()
              + "="
              + choice.target().name()
              + (choice.questionId() == null ? "" : ":" + choice.questionId())
              + (choice.themeId() == null ? "" : ":" + choice.themeId()));
    }
    return String.join(",", parts);
  }

  public static ImportMapping parse(String text) {
    List<Choice> choices = new ArrayList<>();
    if (text != null && !text.isBlank()) {
      for (String part : text.split(",")) {
        String[] columnAndTarget = part.split("=", 2);
        String[] targetAndQuestion = columnAndTarget[1].split(":", 2);
        ColumnTarget target = ColumnTarget.valueOf(targetAndQuestion[0]);
        Long id = targetAndQuestion.length == 2 ? Long.valueOf(targetAndQuestion[1]) : null;
        choices.add(
            target == ColumnTarget.THEME
                ? new Choice(Integer.parseInt(columnAndTarget[0]), target, null, id)
                : new Choice(Integer.parseInt(columnAndTarget[0]), target, id));
      }
    }
    return new ImportMapping(choices);
  }
}
