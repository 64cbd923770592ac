package org.saferpartnerships.consultation.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.saferpartnerships.consultation.QuestionKind;
import org.saferpartnerships.platform.errors.ServiceException;
import org.saferpartnerships.platform.files.TableFormat;
import org.saferpartnerships.platform.files.TableReadException.Problem;
import org.saferpartnerships.platform.files.TableReader;

class ResponseRowParserTest {

  private static final ConsultationShape SHAPE =
      new ConsultationShape(
          List.of(
              new ConsultationShape.Question(
                  1,
                  "Q1",
                  "Do you agree that CSPs should publish their plans?",
                  null,
                  QuestionKind.AGREE_SCALE,
                  List.of(
                      new ConsultationShape.Option(11, "Strongly agree", "Cytuno’n gryf"),
                      new ConsultationShape.Option(12, "Agree", "Cytuno"),
                      new ConsultationShape.Option(13, "Disagree", "Anghytuno"))),
              new ConsultationShape.Question(
                  2,
                  "Q2",
                  "Which powers have you used?",
                  null,
                  QuestionKind.MULTIPLE_CHOICE,
                  List.of(
                      new ConsultationShape.Option(21, "Community protection notice", null),
                      new ConsultationShape.Option(22, "Dispersal order", null),
                      new ConsultationShape.Option(23, "Closure order", null))),
              new ConsultationShape.Question(
                  3, "Q3", "Why?", "Pam?", QuestionKind.FREE_TEXT, List.of())),
          List.of(
              new ConsultationShape.Category(
                  7, "PUBLIC", "Member of the public", "Aelod o’r cyhoedd"),
              new ConsultationShape.Category(8, "CSP", "Community safety partnership", null)));

  private static final ImportMapping WIDE =
      new ImportMapping(
          List.of(
              new ImportMapping.Choice(0, ColumnTarget.REFERENCE, null),
              new ImportMapping.Choice(1, ColumnTarget.CATEGORY, null),
              new ImportMapping.Choice(2, ColumnTarget.QUESTION, 1L),
              new ImportMapping.Choice(3, ColumnTarget.QUESTION, 2L),
              new ImportMapping.Choice(4, ColumnTarget.QUESTION, 3L),
              new ImportMapping.Choice(5, ColumnTarget.SUBMITTED_ON, null),
              new ImportMapping.Choice(6, ColumnTarget.ORGANISATION, null)));

  private static ResponseRowParser.Result parse(ImportMapping mapping, String csv) {
    TableReader.Table table =
        TableReader.read(TableFormat.CSV, csv.getBytes(StandardCharsets.UTF_8), 1000);
    return new ResponseRowParser(SHAPE, mapping).parse(table.rows());
  }

  @Test
  void readsOneRowPerRespondentMatchingLabelsWhateverTheirCaseOrLanguage() {
    ResponseRowParser.Result result =
        parse(
            WIDE,
            "Ref,Type,Q1,Q2,Q3,Date,Organisation\n"
                + "R1,member of the public,  strongly AGREE ,Dispersal order; Closure order,"
                + "Too slow,31/03/2026,\n"
                + "R2,CSP,cytuno,\"Community protection notice, Dispersal order\",,2026-04-01,"
                + "Cambridge CSP\n"
                + "R3,,,,Nothing to add,,\n");
    assertThat(result.problems()).isEmpty();
    List<ResponseRowParser.ParsedResponse> responses = result.responses();
    assertThat(responses).hasSize(3);
    ResponseRowParser.ParsedResponse first = responses.get(0);
    assertThat(first.reference()).isEqualTo("R1");
    assertThat(first.categoryId()).isEqualTo(7L);
    assertThat(first.submittedOn()).isEqualTo(LocalDate.of(2026, 3, 31));
    assertThat(first.organisation()).isNull();
    assertThat(first.firstRow()).isEqualTo(2);
    assertThat(first.answers())
        .containsExactly(
            new ResponseRowParser.ParsedAnswer(1, 11L, null),
            new ResponseRowParser.ParsedAnswer(2, 22L, null),
            new ResponseRowParser.ParsedAnswer(2, 23L, null),
            new ResponseRowParser.ParsedAnswer(3, null, "Too slow"));
    ResponseRowParser.ParsedResponse second = responses.get(1);
    assertThat(second.categoryId()).isEqualTo(8L);
    assertThat(second.organisation()).isEqualTo("Cambridge CSP");
    // commas separate options when the whole cell is not one option
    assertThat(second.answers())
        .extracting(ResponseRowParser.ParsedAnswer::optionId)
        .containsExactly(12L, 21L, 22L);
    assertThat(responses.get(2).categoryId()).isNull();
    assertThat(responses.get(2).answers()).hasSize(1);
  }

  @Test
  void reportsEveryBadCellByRowAndColumnAndGivesNoResponses() {
    ResponseRowParser.Result result =
        parse(
            WIDE,
            "Ref,Type,Q1,Q2,Q3,Date,Organisation\n"
                + "R1,Alien,Maybe,Closure order,,31/02/2026,\n"
                + "R2,CSP,Agree;Disagree,Closure order;Curfew,,,\n"
                + "R1,CSP,Agree,,,,\n"
                + "R4,CSP,Agree,,ok,yesterday,\n");
    assertThat(result.accepted()).isFalse();
    assertThat(result.responses()).isEmpty();
    assertThat(result.problems())
        .extracting(Problem::row, Problem::column, Problem::key)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2, "B", "import.category.unknown"),
            org.assertj.core.groups.Tuple.tuple(2, "C", "import.option.unknown"),
            org.assertj.core.groups.Tuple.tuple(2, "F", "import.date.invalid"),
            org.assertj.core.groups.Tuple.tuple(3, "C", "import.option.onlyOne"),
            org.assertj.core.groups.Tuple.tuple(3, "D", "import.option.unknown"),
            org.assertj.core.groups.Tuple.tuple(4, "A", "import.reference.repeated"),
            org.assertj.core.groups.Tuple.tuple(5, "F", "import.date.invalid"));
    assertThat(result.problems().get(0).args()[0]).isEqualTo("Alien");
    assertThat(result.problems().get(0).args()[2]).as("rows holding it").isEqualTo(1);
    assertThat(result.problems().get(5).args()).containsExactly("R1", 2);
  }

  @Test
  void aWrongValueIsToldOnceWithItsRowsAndTheValuesAllowed() {
    ResponseRowParser.Result result =
        parse(
            WIDE,
            "Ref,Type,Q1,Q2,Q3,Date,Organisation\n"
                + "R1,Individual,Agree,,,,\n"
                + "R2,individual,Maybe,,,,\n"
                + "R3,Individual,Maybe,,,,\n"
                + "R4,Alien,Agree,,,,\n");
    assertThat(result.problems())
        .extracting(Problem::row, Problem::column, Problem::key)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2, "B", "import.category.unknown"),
            org.assertj.core.groups.Tuple.tuple(3, "C", "import.option.unknown"),
            org.assertj.core.groups.Tuple.tuple(5, "B", "import.category.unknown"));
    Object[] individual = result.problems().get(0).args();
    assertThat(individual[0]).isEqualTo("Individual");
    assertThat((String) individual[1]).as("the categories allowed").isNotBlank();
    assertThat(individual[2]).isEqualTo(3);
    Object[] maybe = result.problems().get(1).args();
    assertThat(maybe).containsExactly("Maybe", "Q1", maybe[2], 2);
    assertThat((String) maybe[2]).contains("Agree");
    assertThat(result.problems().get(2).args()[2]).isEqualTo(1);
  }

  @Test
  void joinsTheRowsOfOneRespondentInAFileOfOneRowPerAnswer() {
    ImportMapping longShape =
        new ImportMapping(
            List.of(
                new ImportMapping.Choice(0, ColumnTarget.REFERENCE, null),
                new ImportMapping.Choice(1, ColumnTarget.QUESTION, 1L),
                new ImportMapping.Choice(2, ColumnTarget.QUESTION_NAME, null),
                new ImportMapping.Choice(3, ColumnTarget.ANSWER, null)));
    ResponseRowParser.Result result =
        parse(
            longShape,
            "Respondent,Q1,Question,Answer\n"
                + "A,Agree,Why?,Because\n"
                + "B,Disagree,q3,No\n"
                + "A,Agree,Which powers   have you used?,Closure order\n"
                + "C,,Why?,\n");
    assertThat(result.problems()).isEmpty();
    assertThat(result.responses()).hasSize(3);
    assertThat(result.responses().get(0).answers())
        .containsExactlyInAnyOrder(
            new ResponseRowParser.ParsedAnswer(1, 12L, null),
            new ResponseRowParser.ParsedAnswer(3, null, "Because"),
            new ResponseRowParser.ParsedAnswer(2, 23L, null));
    // a respondent whose only row is blank still responded: every submission counts
    assertThat(result.responses().get(2).answers()).isEmpty();
  }

  @Test
  void refusesOneRespondentAnsweringAQuestionTwoWaysOrNamingNoQuestion() {
    ImportMapping longShape =
        new ImportMapping(
            List.of(
                new ImportMapping.Choice(0, ColumnTarget.REFERENCE, null),
                new ImportMapping.Choice(1, ColumnTarget.QUESTION, 1L),
                new ImportMapping.Choice(2, ColumnTarget.QUESTION_NAME, null),
                new ImportMapping.Choice(3, ColumnTarget.ANSWER, null)));
    ResponseRowParser.Result result =
        parse(
            longShape,
            "Respondent,Q1,Question,Answer\n"
                + "A,Agree,Why?,Because\n"
                + "A,Disagree,Q9,Hm\n"
                + ",Agree,Why?,x\n"
                + "B,,,orphan\n");
    assertThat(result.problems())
        .extracting(Problem::row, Problem::column, Problem::key)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(3, "B", "import.conflict.answer"),
            org.assertj.core.groups.Tuple.tuple(3, "C", "import.questionName.unknown"),
            org.assertj.core.groups.Tuple.tuple(4, "A", "import.reference.missing"),
            org.assertj.core.groups.Tuple.tuple(5, "C", "import.questionName.missing"));
  }

  @Test
  void refusesTooLongTextsAndTwoOptionsForASingleAnswer() {
    String essay = "x".repeat(ResponseRowParser.MAX_TEXT + 1);
    ResponseRowParser.Result result =
        parse(WIDE, "Ref,Type,Q1,Q2,Q3,Date,Organisation\nR1,,Agree|Disagree,," + essay + ",,\n");
    assertThat(result.problems())
        .extracting(Problem::key)
        .containsExactly("import.option.onlyOne", "import.text.long");
  }

  @Test
  void stopsAtTwoHundredProblems() {
    StringBuilder csv = new StringBuilder("Ref,Type,Q1,Q2,Q3,Date,Organisation\n");
    StringBuilder same = new StringBuilder(csv);
    for (int i = 0; i < 500; i++) {
      csv.append("R").append(i).append(",Nobody ").append(i).append(",,,,,\n");
      same.append("R").append(i).append(",Nobody,,,,,\n");
    }
    assertThat(parse(WIDE, csv.toString()).problems()).hasSize(ResponseRowParser.MAX_PROBLEMS);
    List<Problem> once = parse(WIDE, same.toString()).problems();
    assertThat(once).hasSize(1);
    assertThat(once.get(0).args()[2]).as("every row counted").isEqualTo(500);
  }

  @Test
  void aMappingIsCheckedBeforeAnyRowIsRead() {
    Set<Long> questions = Set.of(1L, 2L, 3L);
    WIDE.check(7, questions, Set.of());
    assertThatThrownBy(() -> WIDE.check(6, questions, Set.of()))
        .isInstanceOf(ServiceException.class)
        .extracting("key")
        .isEqualTo("import.mapping.column");
    ImportMapping twice =
        new ImportMapping(
            List.of(
                new ImportMapping.Choice(0, ColumnTarget.QUESTION, 1L),
                new ImportMapping.Choice(1, ColumnTarget.QUESTION, 1L)));
    assertThatThrownBy(() -> twice.check(2, questions, Set.of()))
        .extracting("key")
        .isEqualTo("import.mapping.questionTwice");
    ImportMapping halfPair =
        new ImportMapping(
            List.of(
                new ImportMapping.Choice(0, ColumnTarget.REFERENCE, null),
                new ImportMapping.Choice(1, ColumnTarget.ANSWER, null)));
    assertThatThrownBy(() -> halfPair.check(2, questions, Set.of()))
        .extracting("key")
        .isEqualTo("import.mapping.namedPair");
    ImportMapping nothing =
        new ImportMapping(List.of(new ImportMapping.Choice(0, ColumnTarget.REFERENCE, null)));
    assertThatThrownBy(() -> nothing.check(1, questions, Set.of()))
        .extracting("key")
        .isEqualTo("import.mapping.noAnswers");
    ImportMapping unknownQuestion =
        new ImportMapping(List.of(new ImportMapping.Choice(0, ColumnTarget.QUESTION, 99L)));
    assertThatThrownBy(() -> unknownQuestion.check(1, questions, Set.of()))
        .extracting("key")
        .isEqualTo("import.mapping.question");
  }

  @Test
  void aMappingSurvivesItsTextForm() {
    assertThat(ImportMapping.parse(WIDE.format())).isEqualTo(WIDE);
    assertThat(ImportMapping.parse(null).choices()).isEmpty();
  }

  @Test
  void problemsSurviveTheirStoredForm() {
    List<Problem> problems =
        List.of(
            new Problem(2, "C", "import.option.unknown", "Maybe\tnot", "Q1"),
            new Problem(0, null, "table.csv.encoding"),
            new Problem(5, "A", "import.reference.repeated", "R1", 2));
    List<Problem> back =
        ConsultationImport.parseProblems(ConsultationImport.formatProblems(problems));
    assertThat(back)
        .extracting(Problem::row, Problem::column, Problem::key)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2, "C", "import.option.unknown"),
            org.assertj.core.groups.Tuple.tuple(0, null, "table.csv.encoding"),
            org.assertj.core.groups.Tuple.tuple(5, "A", "import.reference.repeated"));
    assertThat(back.get(0).args()).containsExactly("Maybe not", "Q1");
    assertThat(back.get(2).args()).containsExactly("R1", 2);
  }

  @Test
  void guessesTheUsualColumnsOfExportsByTheirHeadings() {
    assertThat(ColumnGuess.of("Respondent ID")).isEqualTo(ColumnTarget.REFERENCE);
    assertThat(ColumnGuess.of("Response ID")).isEqualTo(ColumnTarget.REFERENCE);
    assertThat(ColumnGuess.of("Are you responding as an individual or an organisation? Category"))
        .isEqualTo(ColumnTarget.CATEGORY);
    assertThat(ColumnGuess.of("Organisation name")).isEqualTo(ColumnTarget.ORGANISATION);
    assertThat(ColumnGuess.of("Date submitted")).isEqualTo(ColumnTarget.SUBMITTED_ON);
    assertThat(ColumnGuess.of("FFT question")).isEqualTo(ColumnTarget.QUESTION_NAME);
    assertThat(ColumnGuess.of("FFT answer")).isEqualTo(ColumnTarget.ANSWER);
    assertThat(ColumnGuess.of("Comment sentiment")).isEqualTo(ColumnTarget.IGNORE);
  }

  /**
   * The real NHS free-text file (test data, see NOTICE.md) reads as 4,466 respondents,
   * problem-free.
   */
  @Test
  void theV6FrameworkFileReadsAsOneResponsePerRespondent() throws Exception {
    Path file = Path.of("src/test/resources/data", "v6framework_230831.csv");
    TableReader.Table table = TableReader.read(TableFormat.CSV, Files.readAllBytes(file), 20_000);
    List<String> headings = table.headings();
    List<ConsultationShape.Option> scores = new ArrayList<>();
    for (int i = 1; i <= 7; i++) {
      scores.add(new ConsultationShape.Option(100 + i, String.valueOf(i), null));
    }
    ConsultationShape shape =
        new ConsultationShape(
            List.of(
                new ConsultationShape.Question(
                    1, "FFT", "FFT categorical answer", null, QuestionKind.SINGLE_CHOICE, scores),
                new ConsultationShape.Question(
                    2, "WHY", "FFT Why?", null, QuestionKind.FREE_TEXT, List.of()),
                new ConsultationShape.Question(
                    3, "IMPROVE", "How could we improve?", null, QuestionKind.FREE_TEXT, List.of()),
                new ConsultationShape.Question(
                    4,
                    "BETTER",
                    "What could we do better?",
                    null,
                    QuestionKind.FREE_TEXT,
                    List.of()),
                new ConsultationShape.Question(
                    5, "GOOD", "What was good?", null, QuestionKind.FREE_TEXT, List.of()),
                new ConsultationShape.Question(
                    6,
                    "111",
                    "Please describe any things about the 111 service that you were particularly satisfied and/or dissatisfied with",
                    null,
                    QuestionKind.FREE_TEXT,
                    List.of())),
            List.of(
                new ConsultationShape.Category(1, "NEAS", "North East Ambulance Service", null),
                new ConsultationShape.Category(2, "NHFT", "Northamptonshire Healthcare", null)));
    ImportMapping mapping =
        new ImportMapping(
            List.of(
                new ImportMapping.Choice(
                    headings.indexOf("Respondent ID"), ColumnTarget.REFERENCE, null),
                new ImportMapping.Choice(headings.indexOf("Trust"), ColumnTarget.CATEGORY, null),
                new ImportMapping.Choice(
                    headings.indexOf("FFT categorical answer"), ColumnTarget.QUESTION, 1L),
                new ImportMapping.Choice(
                    headings.indexOf("FFT question"), ColumnTarget.QUESTION_NAME, null),
                new ImportMapping.Choice(
                    headings.indexOf("FFT answer"), ColumnTarget.ANSWER, null)));
    mapping.check(headings.size(), Set.of(1L, 2L, 3L, 4L, 5L, 6L), Set.of());
    ResponseRowParser.Result result = new ResponseRowParser(shape, mapping).parse(table.rows());
    assertThat(result.problems()).isEmpty();
    assertThat(result.responses()).hasSize(4466);
    long texts =
        result.responses().stream()
            .flatMap(r -> r.answers().stream())
            .filter(a -> a.text() != null)
            .count();
    assertThat(texts).isEqualTo(7908 - 508);

    // its dates mix day/month/year with month/day/year: each of the latter is reported
    List<ImportMapping.Choice> withDates = new ArrayList<>(mapping.choices());
    withDates.add(
        new ImportMapping.Choice(headings.indexOf("Date"), ColumnTarget.SUBMITTED_ON, null));
    ResponseRowParser.Result dated =
        new ResponseRowParser(shape, new ImportMapping(withDates)).parse(table.rows());
    assertThat(dated.problems())
        .isNotEmpty()
        .allMatch(p -> p.key().equals("import.date.monthFirst"));
    assertThat(dated.problems().get(0).row()).isEqualTo(3817);

    // its 50 theme columns come in as coding of the row's answer: every answer has one or more
    List<ImportMapping.Choice> coded = new ArrayList<>(mapping.choices());
    for (int c = headings.indexOf("Not assigned"); c < headings.size(); c++) {
      coded.add(new ImportMapping.Choice(c, ColumnTarget.THEME, null, 100L + c));
    }
    ResponseRowParser.Result withThemes =
        new ResponseRowParser(shape, new ImportMapping(coded)).parse(table.rows());
    assertThat(withThemes.problems()).isEmpty();
    List<ResponseRowParser.ParsedAnswer> written =
        withThemes.responses().stream()
            .flatMap(r -> r.answers().stream())
            .filter(a -> a.text() != null)
            .toList();
    assertThat(written).hasSize(7400).allMatch(a -> !a.themeIds().isEmpty());
    assertThat(written.stream().mapToInt(a -> a.themeIds().size()).sum()).isEqualTo(9798);
  }

  @Test
  void themeColumnsCodeTheRowsWrittenAnswerAndRefuseOtherMarksOrTwoAnswers() {
    ImportMapping mapping =
        new ImportMapping(
            List.of(
                new ImportMapping.Choice(0, ColumnTarget.QUESTION, 3L),
                new ImportMapping.Choice(1, ColumnTarget.THEME, null, 7L),
                new ImportMapping.Choice(2, ColumnTarget.THEME, null, 8L)));
    ResponseRowParser.Result result =
        parse(
            mapping,
            "Why,Patrols,Lighting\nToo few patrols,1,\nLighting,yes,x\nNothing,0,no\n,1,1\n");
    assertThat(result.problems()).isEmpty();
    assertThat(result.responses())
        .extracting(r -> r.answers().isEmpty() ? Set.of(-1L) : r.answers().get(0).themeIds())
        .containsExactly(Set.of(7L), Set.of(7L, 8L), Set.of(), Set.of(-1L));

    ResponseRowParser.Result refused = parse(mapping, "Why,Patrols,Lighting\nLighting,maybe,\n");
    assertThat(refused.responses()).isEmpty();
    assertThat(refused.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.key()).isEqualTo("import.theme.mark"))
        .satisfies(p -> assertThat(p.column()).isEqualTo("B"));

    ConsultationShape twoWritten =
        new ConsultationShape(
            List.of(
                new ConsultationShape.Question(
                    3, "Q3", "Why?", null, QuestionKind.FREE_TEXT, List.of()),
                new ConsultationShape.Question(
                    4, "Q4", "Anything else?", null, QuestionKind.FREE_TEXT, List.of())),
            List.of());
    ImportMapping twoTexts =
        new ImportMapping(
            List.of(
                new ImportMapping.Choice(0, ColumnTarget.QUESTION, 3L),
                new ImportMapping.Choice(1, ColumnTarget.QUESTION, 4L),
                new ImportMapping.Choice(2, ColumnTarget.THEME, null, 7L)));
    TableReader.Table table =
        TableReader.read(
            TableFormat.CSV,
            "Why,Else,Patrols\nLighting,More patrols,1\n".getBytes(StandardCharsets.UTF_8),
            1000);
    assertThat(new ResponseRowParser(twoWritten, twoTexts).parse(table.rows()).problems())
        .extracting(Problem::key)
        .containsExactly("import.theme.whichAnswer");
    assertThatThrownBy(
            () ->
                new ImportMapping(
                        List.of(
                            new ImportMapping.Choice(0, ColumnTarget.QUESTION, 3L),
                            new ImportMapping.Choice(1, ColumnTarget.THEME, null, 9L)))
                    .check(2, Set.of(3L), Set.of(7L)))
        .isInstanceOf(ServiceException.class)
        .extracting("key")
        .isEqualTo("import.mapping.theme");
    assertThat(ImportMapping.parse(mapping.format())).isEqualTo(mapping);
  }
}
