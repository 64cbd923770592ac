package org.saferpartnerships.consultation;

import java.util.List;

/**
 * The kinds of question a consultation asks. The agree/disagree scale and yes/no come with their
 * options; single and multiple choice take the options the analyst writes; free text has none.
 */
public enum QuestionKind {
  SINGLE_CHOICE,
  MULTIPLE_CHOICE,
  AGREE_SCALE,
  YES_NO,
  FREE_TEXT;

  /** An option label in English and Welsh. */
  public record Label(String en, String cy) {}

  private static final List<Label> AGREE =
      List.of(
          new Label("Strongly agree", "Cytuno'n gryf"),
          new Label("Agree", "Cytuno"),
          new Label("Neither agree nor disagree", "Ddim yn cytuno nac yn anghytuno"),
          new Label("Disagree", "Anghytuno"),
          new Label("Strongly disagree", "Anghytuno'n gryf"),
          new Label("Don't know", "Ddim yn gwybod"));

  private static final List<Label> YES_OR_NO =
      List.of(new Label("Yes", "Ie"), new Label("No", "Na"));

  public boolean closed() {
    return this != FREE_TEXT;
  }

  /** Whether the analyst writes the options (rather than the kind fixing them, or having none). */
  public boolean takesOptions() {
    return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
  }

  /** Whether a respondent may choose more than one option. */
  public boolean manyAnswers() {
    return this == MULTIPLE_CHOICE;
  }

  /** The options the kind fixes, or none. */
  public List<Label> fixedOptions() {
    return switch (this) {
      case AGREE_SCALE -> AGREE;
      case YES_NO -> YES_OR_NO;
      default -> List.of();
    };
  }
}
