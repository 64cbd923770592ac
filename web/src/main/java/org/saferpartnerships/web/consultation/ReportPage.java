package org.saferpartnerships.web.consultation;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.saferpartnerships.consultation.reports.ConsultationReport;
import org.saferpartnerships.consultation.reports.ReportService;
import org.saferpartnerships.consultation.responses.ResponseExport;
import org.saferpartnerships.web.Hidden;
import org.saferpartnerships.web.Language;
import org.saferpartnerships.web.PageMessages;

/**
 * The summary report (consultation/report.xhtml?id=): per question the tallies or the themes with
 * counts, shares, quotes and follow-ups, and the campaign groups; how campaigns were handled; the
 * report as a PDF and every response with its coding as CSV, XLSX or ODS.
 */
@Named
@ViewScoped
public class ReportPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private transient ReportService reports;

  @EJB private transient ResponseExport export;

  @Inject private transient PageMessages messages;

  @Inject private transient Language language;

  private Long id;
  private transient ConsultationReport report;

  public String load() {
    report = id == null ? null : Hidden.orNull(() -> reports.report(id));
    return report == null ? Hidden.notFound() : null;
  }

  /** The report as a PDF in the page's language. */
  public StreamedContent pdf() {
    byte[] bytes = ReportPdf.render(reports.report(id), messages.locale());
    return DefaultStreamedContent.builder()
        .name("consultation-" + id + "-report.pdf")
        .contentType("application/pdf")
        .contentLength((long) bytes.length)
        .stream(() -> new ByteArrayInputStream(bytes))
        .build();
  }

  public StreamedContent download(String format) {
    return ResponseDownload.of(format, getReport().consultation(), export, messages, language);
  }

  public ConsultationReport getReport() {
    if (report == null && id != null) {
      report = reports.report(id);
    }
    return report;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }
}
