package org.saferpartnerships.consultation.imports;

import java.util.List;

/**
 * The columns of an uploaded file with a few of their values and what each is taken to hold: what
 * the consultation's earlier imports mapped a column of that heading to, else a question whose code
 * or text is the heading, else a respondent field whose usual name it is, else nothing.
 */
public record MappingProposal(ImportView file, List<Column> columns)
    implements java.io.Serializable {

  /**
   * A column: its position from 0, letter, heading, sample values and proposed target (with its
   * question, or its theme; a theme column with none makes a theme of its heading).
   */
  public record Column(
      int index,
      String letter,
      String heading,
      List<String> samples,
      ColumnTarget target,
      Long questionId,
      Long themeId,
      boolean remembered)
      implements java.io.Serializable {}
}
