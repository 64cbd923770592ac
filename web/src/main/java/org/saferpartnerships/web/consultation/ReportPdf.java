package org.saferpartnerships.web.consultation;

import java.text.MessageFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import org.saferpartnerships.consultation.campaigns.CampaignGroupLine;
import org.saferpartnerships.consultation.followups.FollowUpLine;
import org.saferpartnerships.consultation.reports.ConsultationReport;
import org.saferpartnerships.consultation.reports.Tallies;
import org.saferpartnerships.platform.files.PdfPages;
import org.saferpartnerships.web.PageMessages;

/**
 * The consultation report as a printable PDF, in English or Welsh: the same parts as the report
 * page (how campaigns were handled, then each question's tallies or themes with their counts,
 * shares, quotes, follow-ups and campaign groups).
 */
public final class ReportPdf {

  private static final float TITLE = 18;
  private static final float HEADING = 13;
  private static final float TEXT = 10;

  private final ResourceBundle bundle;
  private final Locale locale;
  private final boolean welsh;

  private ReportPdf(Locale locale) {
    this.locale = locale;
    this.welsh = "cy".equals(locale.getLanguage());
    this.bundle = ResourceBundle.getBundle(PageMessages.BUNDLE, locale);
  }

  public static byte[] render(ConsultationReport report, Locale locale) {
    return new ReportPdf(locale).write(report);
  }

  private byte[] write(ConsultationReport report) {
    var c = report.consultation();
    String title = pick(c.titleEn(), c.titleCy());
    try (PdfPages pages = new PdfPages()) {
      pages.heading(title, 1, TITLE);
      pages.line(text("report.title"), HEADING, false);
      pages.line(
          text(
              "report.made",
              DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", locale)
                  .format(report.madeAt().atZone(ZoneId.of("Europe/London")))),
          TEXT,
          false);
      pages.line(text("report.responses", report.responses()), TEXT, false);
      pages.gap(TEXT);
      pages.heading(text("report.campaignsHeading"), 2, HEADING);
      pages.paragraph(campaigns(report), TEXT, false);
      pages.paragraph(text("report.quotesNote"), TEXT, false);
      for (ConsultationReport.QuestionReport q : report.questions()) {
        pages.gap(TEXT).keepTogether(6, TEXT);
        pages.heading(q.code() + ": " + pick(q.textEn(), q.textCy()), 2, HEADING);
        if (q.closed()) {
          closed(pages, q.tally());
        } else {
          open(pages, q);
        }
      }
      return pages.finish(title + " – " + text("report.title"), owner(report), welsh ? "cy" : "en");
    }
  }

  private String owner(ConsultationReport report) {
    return pick(report.consultation().ownerName(), report.consultation().ownerNameCy());
  }

  private String campaigns(ConsultationReport report) {
    var run = report.campaigns();
    return run == null
        ? text("report.campaignsNone")
        : text(
            "report.campaignsDone",
            run.groups(),
            run.grouped(),
            run.considered(),
            run.threshold(),
            run.minWords());
  }

  private void closed(PdfPages pages, Tallies.QuestionTally tally) {
    if (tally == null || tally.answered() == 0) {
      pages.line(text("report.noAnswers"), TEXT, false);
      return;
    }
    pages.line(text("report.answered", tally.answered()), TEXT, false);
    for (Tallies.OptionTally option : tally.options()) {
      pages.line(
          "  "
              + pick(option.labelEn(), option.labelCy())
              + ": "
              + option.count()
              + " ("
              + new MessageFormat("{0,number,0.0}", locale).format(new Object[] {option.percent()})
              + "%)",
          TEXT,
          false);
    }
  }

  private void open(PdfPages pages, ConsultationReport.QuestionReport q) {
    pages.line(text("report.coded", q.answered(), q.coded()), TEXT, false);
    if (q.themes().isEmpty()) {
      pages.line(text("report.noThemes"), TEXT, false);
    }
    for (ConsultationReport.ThemeCount theme : q.themes()) {
      pages.keepTogether(3, TEXT);
      pages.paragraph(
          theme.code()
              + ": "
              + pick(theme.labelEn(), theme.labelCy())
              + " – "
              + text("report.themeCount", theme.answers(), theme.percent()),
          TEXT,
          true);
      for (String quote : theme.quotes()) {
        pages.paragraph("    “" + quote + "”", TEXT, false);
      }
      for (FollowUpLine followUp : theme.followUps()) {
        pages.paragraph(
            "    "
                + text(
                    "report.followUp",
                    followUp.title(),
                    followUp.organisationName(),
                    state(followUp))
                + (followUp.outcome() == null ? "" : " – " + followUp.outcome()),
            TEXT,
            false);
      }
    }
    if (q.campaignGroups() > 0) {
      pages.gap(TEXT);
      pages.line(text("report.groups", q.campaignGroups(), q.campaignAnswers()), TEXT, true);
      for (CampaignGroupLine group : q.largestGroups()) {
        String template = group.templateText();
        pages.paragraph(
            "    "
                + text("report.group", group.size())
                + " “"
                + (template.length() > 300 ? template.substring(0, 300) + "…" : template)
                + "”",
            TEXT,
            false);
      }
    }
  }

  private String state(FollowUpLine followUp) {
    String key = "workflow.state." + followUp.state();
    return bundle.containsKey(key) ? bundle.getString(key) : followUp.state();
  }

  private String pick(String english, String welshText) {
    return welsh && welshText != null && !welshText.isBlank() ? welshText : english;
  }

  private String text(String key, Object... args) {
    String pattern = bundle.getString(key);
    return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
  }
}
