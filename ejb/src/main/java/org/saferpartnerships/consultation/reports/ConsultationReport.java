package org.saferpartnerships.consultation.reports;

import java.time.Instant;
import java.util.List;
import org.saferpartnerships.consultation.ConsultationView;
import org.saferpartnerships.consultation.QuestionKind;
import org.saferpartnerships.consultation.campaigns.CampaignGroupLine;
import org.saferpartnerships.consultation.campaigns.CampaignRunView;
import org.saferpartnerships.consultation.followups.FollowUpLine;

/**
 * The summary report of a consultation: for each question its tallies (closed) or its themes with
 * counts, shares, quotes (anonymised) and follow-ups, and its campaign groups (free text); and how
 * campaigns were handled (null if the answers were never grouped).
 */
public record ConsultationReport(
    ConsultationView consultation,
    long responses,
    CampaignRunView campaigns,
    List<QuestionReport> questions,
    Instant madeAt) {

  public ConsultationReport {
    questions = List.copyOf(questions);
  }

  /**
   * A question's part: a closed question's tally; a free-text question's answers, how many are
   * coded, its themes (most given first) and its largest campaign groups (with how many in all).
   */
  public record QuestionReport(
      long questionId,
      String code,
      String textEn,
      String textCy,
      QuestionKind kind,
      Tallies.QuestionTally tally,
      long answered,
      long coded,
      List<ThemeCount> themes,
      long campaignGroups,
      long campaignAnswers,
      List<CampaignGroupLine> largestGroups) {

    public QuestionReport {
      themes = List.copyOf(themes);
      largestGroups = List.copyOf(largestGroups);
    }

    public boolean closed() {
      return kind.closed();
    }
  }

  /**
   * A theme of a question: the answers given it, their share of the question's coded answers, up to
   * three quotes (passages analysts marked, anonymised) and its follow-ups.
   */
  public record ThemeCount(
      long themeId,
      String code,
      String labelEn,
      String labelCy,
      long answers,
      double percent,
      List<String> quotes,
      List<FollowUpLine> followUps) {

    public ThemeCount {
      quotes = List.copyOf(quotes);
      followUps = List.copyOf(followUps);
    }
  }
}
