package org.saferpartnerships.web.submission;

import org.saferpartnerships.submission.SubmissionSummary;
import org.saferpartnerships.web.dates.Years;
import org.saferpartnerships.web.tables.Columns;
import org.saferpartnerships.web.tables.Columns.Words;

/** The columns of a submissions download, on the list and from GET /api/v1/submissions. */
public final class SubmissionColumns {

  private SubmissionColumns() {}

  public static Columns<SubmissionSummary> of(Words words) {
    return new Columns<SubmissionSummary>()
        .add("reference", "column.reference", SubmissionSummary::reference)
        .add("csp_code", "column.cspCode", SubmissionSummary::cspCode)
        .add("csp", "column.csp", s -> words.name(s.cspName(), s.cspNameCy()))
        .add("pfa_code", "column.forceAreaCode", SubmissionSummary::pfaCode)
        .add("type", "submission.type", s -> words.of("submissionType.", s.type()))
        .add(
            "financial_year",
            "submission.year",
            s -> words.codes() ? (Object) s.financialYear() : Years.label(s.financialYear()))
        .add("title", "column.title", SubmissionSummary::title)
        .add("state", "column.state", s -> words.of("submissionState.", s.state()))
        .add("due_on", "submission.dueOn", SubmissionSummary::dueOn)
        .add("first_submitted_on", "submission.firstSubmitted", SubmissionSummary::firstSubmittedOn)
        .add("timeliness", "column.timeliness", s -> words.of("timeliness.", s.timeliness()))
        .add("versions", "column.versions", SubmissionSummary::versions)
        .add(
            "open_recommendations",
            "submissions.openRecommendations",
            SubmissionSummary::openRecommendations);
  }
}
