package org.saferpartnerships.web.consultation;

import java.util.ArrayList;
import java.util.List;
import org.primefaces.model.StreamedContent;
import org.saferpartnerships.consultation.ConsultationView;
import org.saferpartnerships.consultation.responses.ResponseExport;
import org.saferpartnerships.platform.persistence.PageRequest;
import org.saferpartnerships.web.Language;
import org.saferpartnerships.web.PageMessages;
import org.saferpartnerships.web.tables.TableDownload;

/** Every response of a consultation with its coding, as CSV, XLSX or ODS (consultation, report). */
final class ResponseDownload {

  private ResponseDownload() {}

  static StreamedContent of(
      String format,
      ConsultationView consultation,
      ResponseExport export,
      PageMessages messages,
      Language language) {
    List<String> headings = new ArrayList<>();
    for (String field : List.of("reference", "category", "organisation", "submitted", "channel")) {
      headings.add(messages.text("export." + field));
    }
    consultation
        .questions()
        .forEach(q -> headings.add(q.code() + ": " + language.pick(q.textEn(), q.textCy())));
    consultation.questions().stream()
        .filter(q -> !q.closed())
        .forEach(q -> headings.add(messages.text("export.themes", q.code())));
    long id = consultation.id();
    return TableDownload.of(
        format,
        "consultation-" + id + "-responses",
        messages.text("export.title"),
        headings,
        n -> export.rows(id, new PageRequest(n, TableDownload.pageSize(), null, false)));
  }
}
