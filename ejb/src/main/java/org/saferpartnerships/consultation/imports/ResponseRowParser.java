package org.saferpartnerships.consultation.imports;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.saferpartnerships.consultation.QuestionKind;
import org.saferpartnerships.consultation.responses.Answers;
import org.saferpartnerships.platform.files.TableReadException.Problem;
import org.saferpartnerships.platform.files.TableReader;

/**
 * Turns the rows of an imported file into responses under a column mapping, checking every cell: an
 * option that is not one of the question's, a category the consultation does not have, a date that
 * is not a date, a text too long, a question named that does not exist, one respondent giving two
 * different answers to a question. Every problem is reported with its row and column; a file with
 * any problem gives no responses at all.
 *
 * <p>Rows with the same reference are one respondent (files of one row per answer); a response
 * without a reference is its row alone. Closed answers match an option's English or Welsh label,
 * whatever the case and spacing; several options of a multiple-choice answer are separated by
 * semicolons, bars or new lines (or commas, when no option has one).
 */
public final class ResponseRowParser {

  public static final int MAX_TEXT = 10_000;
  public static final int MAX_REFERENCE = 100;
  public static final int MAX_ORGANISATION = 300;
  static final int MAX_PROBLEMS = 200;

  private static final List<DateTimeFormatter> DAY_FORMATS =
      List.of(
          DateTimeFormatter.ISO_LOCAL_DATE,
          strict("d/M/uuuu"),
          strict("d-M-uuuu"),
          strict("d.M.uuuu"));

  private static DateTimeFormatter strict(String pattern) {
    return DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT);
  }

  /** An answer: an option chosen, or a text with the themes a theme column gave it. */
  public record ParsedAnswer(long questionId, Long optionId, String text, Set<Long> themeIds) {
    public ParsedAnswer(long questionId, Long optionId, String text) {
      this(questionId, optionId, text, Set.of());
    }
  }

  private static final Set<String> MARKED = Set.of("1", "x", "y", "yes", "ie", "true", "✓");
  private static final Set<String> UNMARKED = Set.of("", "0", "n", "no", "na", "false");

  /** A response made of one or more rows. */
  public record ParsedResponse(
      String reference,
      Long categoryId,
      String organisation,
      LocalDate submittedOn,
      int firstRow,
      List<ParsedAnswer> answers) {}

  /** The responses of a file, or its problems. */
  public record Result(List<ParsedResponse> responses, List<Problem> problems) {
    public boolean accepted() {
      return problems.isEmpty();
    }
  }

  private final ConsultationShape shape;
  private final ImportMapping mapping;
  private final Map<Long, ConsultationShape.Question> questionsById = new HashMap<>();
  private final Map<String, ConsultationShape.Question> questionsByName = new HashMap<>();
  private final Map<String, Long> categories = new HashMap<>();

  public ResponseRowParser(ConsultationShape shape, ImportMapping mapping) {
    this.shape = Objects.requireNonNull(shape);
    this.mapping = Objects.requireNonNull(mapping);
    for (ConsultationShape.Question q : shape.questions()) {
      questionsById.put(q.id(), q);
      questionsByName.putIfAbsent(Answers.normalise(q.code()), q);
      questionsByName.putIfAbsent(Answers.normalise(q.textEn()), q);
      if (q.textCy() != null) {
        questionsByName.putIfAbsent(Answers.normalise(q.textCy()), q);
      }
    }
    for (ConsultationShape.Category c : shape.categories()) {
      categories.putIfAbsent(Answers.normalise(c.code()), c.id());
      categories.putIfAbsent(Answers.normalise(c.labelEn()), c.id());
      if (c.labelCy() != null) {
        categories.putIfAbsent(Answers.normalise(c.labelCy()), c.id());
      }
    }
  }

  public ConsultationShape shape() {
    return shape;
  }

  public Result parse(List<TableReader.Row> rows) {
    ImportProblems problems = new ImportProblems(MAX_PROBLEMS);
    Map<String, Builder> byReference = new LinkedHashMap<>();
    List<Builder> builders = new ArrayList<>();
    Optional<Integer> referenceColumn = mapping.columnOf(ColumnTarget.REFERENCE);
    boolean named = mapping.columnOf(ColumnTarget.QUESTION_NAME).isPresent();
    for (TableReader.Row row : rows) {
      if (problems.full()) {
        break;
      }
      String reference = referenceColumn.map(c -> row.cells().get(c)).orElse("");
      if (reference.length() > MAX_REFERENCE) {
        problems.add(row, referenceColumn.get(), "import.reference.long", MAX_REFERENCE);
        continue;
      }
      Builder builder;
      if (reference.isEmpty()) {
        if (named) {
          problems.add(row, referenceColumn.get(), "import.reference.missing");
          continue;
        }
        builder = new Builder(null, row.number());
        builders.add(builder);
      } else {
        Builder known = byReference.get(reference);
        if (known != null && !named) {
          problems.add(
              row, referenceColumn.get(), "import.reference.repeated", reference, known.firstRow);
          continue;
        }
        builder = known;
        if (builder == null) {
          builder = new Builder(reference, row.number());
          byReference.put(reference, builder);
          builders.add(builder);
        }
      }
      read(row, builder, problems);
    }
    if (!problems.list.isEmpty()) {
      return new Result(List.of(), problems.list());
    }
    return new Result(builders.stream().map(Builder::build).toList(), List.of());
  }

  private void read(TableReader.Row row, Builder builder, ImportProblems problems) {
    String questionName = null;
    int nameColumn = -1;
    Set<Long> themes = new TreeSet<>();
    int themeColumn = -1;
    List<Long> rowTexts = new ArrayList<>();
    String namedAnswer = null;
    int answerColumn = -1;
    for (ImportMapping.Choice choice : mapping.choices()) {
      String cell = row.cells().get(choice.column());
      switch (choice.target()) {
        case IGNORE, REFERENCE -> {}
        case QUESTION ->
            answer(
                row,
                choice.column(),
                questionsById.get(choice.questionId()),
                cell,
                builder,
                rowTexts,
                problems);
        case CATEGORY -> category(row, choice.column(), cell, builder, problems);
        case ORGANISATION -> {
          if (cell.length() > MAX_ORGANISATION) {
            problems.add(row, choice.column(), "import.organisation.long", MAX_ORGANISATION);
          } else if (!cell.isEmpty()) {
            if (builder.organisation != null && !builder.organisation.equals(cell)) {
              problems.add(row, choice.column(), "import.conflict.organisation", builder.firstRow);
            }
            builder.organisation = cell;
          }
        }
        case SUBMITTED_ON -> submitted(row, choice.column(), cell, builder, problems);
        case QUESTION_NAME -> {
          questionName = cell;
          nameColumn = choice.column();
        }
        case ANSWER -> {
          namedAnswer = cell;
          answerColumn = choice.column();
        }
        case THEME -> {
          String mark = Answers.normalise(cell);
          if (MARKED.contains(mark)) {
            themes.add(choice.themeId());
            themeColumn = choice.column();
          } else if (!UNMARKED.contains(mark)) {
            problems.add(row, choice.column(), "import.theme.mark", cell);
          }
        }
      }
    }
    if (nameColumn >= 0 && !namedAnswer.isEmpty()) {
      if (questionName.isEmpty()) {
        problems.add(row, nameColumn, "import.questionName.missing");
        return;
      }
      ConsultationShape.Question question = questionsByName.get(Answers.normalise(questionName));
      if (question == null) {
        problems.add(row, nameColumn, "import.questionName.unknown", questionName);
        return;
      }
      answer(row, answerColumn, question, namedAnswer, builder, rowTexts, problems);
    }
    if (!themes.isEmpty()) {
      builder.code(row, themeColumn, rowTexts, themes, problems);
    }
  }

  private void answer(
      TableReader.Row row,
      int column,
      ConsultationShape.Question question,
      String cell,
      Builder builder,
      List<Long> rowTexts,
      ImportProblems problems) {
    if (cell.isEmpty()) {
      return;
    }
    if (question.kind() == QuestionKind.FREE_TEXT) {
      if (cell.length() > MAX_TEXT) {
        problems.add(row, column, "import.text.long", MAX_TEXT);
        return;
      }
      builder.answer(question.id(), Set.of(), cell, row, column, problems);
      rowTexts.add(question.id());
      return;
    }
    Optional<Set<Long>> options = options(question, cell);
    if (options.isEmpty()) {
      problems.unknown(
          row,
          column,
          "import.option.unknown",
          cell,
          question.code(),
          question.options().stream()
              .map(ConsultationShape.Option::labelEn)
              .collect(java.util.stream.Collectors.joining("; ")));
      return;
    }
    if (options.get().size() > 1 && !question.kind().manyAnswers()) {
      problems.add(row, column, "import.option.onlyOne", question.code());
      return;
    }
    builder.answer(question.id(), options.get(), null, row, column, problems);
  }

  /** The options a cell names, or nothing if any part of it is not an option. */
  private Optional<Set<Long>> options(ConsultationShape.Question question, String cell) {
    Optional<Long> whole = option(question, cell);
    if (whole.isPresent()) {
      return Optional.of(Set.of(whole.get()));
    }
    for (String separator : List.of("[;|\\n]", ",")) {
      Set<Long> chosen = new TreeSet<>();
      boolean all = true;
      for (String part : cell.split(separator)) {
        if (part.isBlank()) {
          continue;
        }
        Optional<Long> option = option(question, part);
        if (option.isEmpty()) {
          all = false;
          break;
        }
        chosen.add(option.get());
      }
      if (all && !chosen.isEmpty()) {
        return Optional.of(chosen);
      }
    }
    return Optional.empty();
  }

  private static Optional<Long> option(ConsultationShape.Question question, String text) {
    String wanted = Answers.normalise(text);
    return question.options().stream()
        .filter(
            o ->
                Answers.normalise(o.labelEn()).equals(wanted)
                    || (o.labelCy() != null && Answers.normalise(o.labelCy()).equals(wanted)))
        .map(ConsultationShape.Option::id)
        .findFirst();
  }

  private void category(
      TableReader.Row row, int column, String cell, Builder builder, ImportProblems problems) {
    if (cell.isEmpty()) {
      return;
    }
    Long category = categories.get(Answers.normalise(cell));
    if (category == null) {
      problems.unknown(
          row,
          column,
          "import.category.unknown",
          cell,
          shape.categories().stream()
              .map(ConsultationShape.Category::labelEn)
              .collect(java.util.stream.Collectors.joining("; ")));
    } else if (builder.categoryId != null && !builder.categoryId.equals(category)) {
      problems.add(row, column, "import.conflict.category", builder.firstRow);
    } else {
      builder.categoryId = category;
    }
  }

  private void submitted(
      TableReader.Row row, int column, String cell, Builder builder, ImportProblems problems) {
    if (cell.isEmpty()) {
      return;
    }
    String day = cell.length() > 10 && cell.charAt(10) == 'T' ? cell.substring(0, 10) : cell;
    day = day.contains(" ") ? day.substring(0, day.indexOf(' ')) : day;
    for (DateTimeFormatter format : DAY_FORMATS) {
      try {
        builder.submittedOn = LocalDate.parse(day, format);
        return;
      } catch (DateTimeParseException e) {
        // try the next way of writing a day
      }
    }
    problems.add(
        row,
        column,
        day.matches("\\d{1,2}/(1[3-9]|2\\d|3[01])/\\d{4}")
            ? "import.date.monthFirst"
            : "import.date.invalid",
        cell);
  }

  /** A response being gathered from its rows. */
  private static final class Builder {
    private final String reference;
    private final int firstRow;
    private Long categoryId;
    private String organisation;
    private LocalDate submittedOn;
    private final Map<Long, Set<Long>> options = new LinkedHashMap<>();
    private final Map<Long, String> texts = new LinkedHashMap<>();
    private final Map<Long, Set<Long>> themes = new HashMap<>();

    Builder(String reference, int firstRow) {
      this.reference = reference;
      this.firstRow = firstRow;
    }

    void answer(
        long questionId,
        Set<Long> chosen,
        String text,
        TableReader.Row row,
        int column,
        ImportProblems problems) {
      if (text != null) {
        String earlier = texts.putIfAbsent(questionId, text);
        if (earlier != null && !earlier.equals(text)) {
          problems.add(row, column, "import.conflict.answer", firstRow);
        }
      } else {
        Set<Long> earlier = options.putIfAbsent(questionId, chosen);
        if (earlier != null && !earlier.equals(chosen)) {
          problems.add(row, column, "import.conflict.answer", firstRow);
        }
      }
    }

    /**
     * Codes the row's written answer with the themes marked; marks on a row without a written
     * answer say nothing and are passed over, marks on a row with two are ambiguous.
     */
    void code(
        TableReader.Row row,
        int column,
        List<Long> rowTexts,
        Set<Long> marked,
        ImportProblems problems) {
      if (rowTexts.size() > 1) {
        problems.add(row, column, "import.theme.whichAnswer");
      } else if (rowTexts.size() == 1) {
        themes.computeIfAbsent(rowTexts.get(0), q -> new TreeSet<>()).addAll(marked);
      }
    }

    ParsedResponse build() {
      List<ParsedAnswer> answers = new ArrayList<>();
      options.forEach(
          (question, chosen) ->
              chosen.forEach(option -> answers.add(new ParsedAnswer(question, option, null))));
      texts.forEach(
          (question, text) ->
              answers.add(
                  new ParsedAnswer(
                      question, null, text, Set.copyOf(themes.getOrDefault(question, Set.of())))));
      return new ParsedResponse(
          reference, categoryId, organisation, submittedOn, firstRow, List.copyOf(answers));
    }
  }
}
