package org.saferpartnerships.web.submission;

import jakarta.ejb.EJB;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.saferpartnerships.accountability.grants.GrantService;
import org.saferpartnerships.partnership.directory.PartnershipDirectory;
import org.saferpartnerships.submission.NewSubmission;
import org.saferpartnerships.submission.SubmissionService;
import org.saferpartnerships.submission.SubmissionType;
import org.saferpartnerships.web.Language;
import org.saferpartnerships.web.Options;
import org.saferpartnerships.web.PageMessages;
import org.saferpartnerships.web.ShowsRefusal;
import org.saferpartnerships.web.dates.Years;

/**
 * Starting a submission (submission/new.xhtml): the partnership, the kind, the financial year and a
 * title; a grant monitoring return names its grant. It starts as a draft the coordinator fills in.
 */
@Named
@ViewScoped
public class NewSubmissionPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private transient SubmissionService submissions;

  @EJB private transient GrantService grants;

  @EJB
  private transient org.saferpartnerships.accountability.requests.ReportRequestService
      reportRequests;

  @EJB private transient PartnershipDirectory directory;

  @Inject private transient PageMessages messages;

  @Inject private transient Language language;

  @Inject private transient Clock clock;

  private String csp;
  private String type;
  private Integer year;
  private String title;
  private Long grant;
  private Long request;

  @ShowsRefusal
  public String create() {
    long id;
    id =
        submissions.create(
            new NewSubmission(
                csp,
                type == null || type.isBlank() ? null : SubmissionType.valueOf(type),
                year == null ? 0 : year,
                title,
                grant,
                request));
    messages.info("submission.started");
    return "/submission/submission?faces-redirect=true&id=" + id;
  }

  public List<SelectItem> getCspOptions() {
    return Options.csps(directory, language, true);
  }

  public List<SelectItem> getTypeOptions() {
    return Options.of(SubmissionType.class, "submissionType.", messages);
  }

  public List<SelectItem> getYearOptions() {
    return Years.around(LocalDate.now(clock));
  }

  /** The grants of the partnerships the coordinator acts for, for a monitoring return. */
  public List<SelectItem> getGrantOptions() {
    List<SelectItem> options = new ArrayList<>();
    for (SelectItem partnership : getCspOptions()) {
      grants
          .ofCsp((String) partnership.getValue())
          .forEach(
              g ->
                  options.add(
                      new SelectItem(
                          g.id(),
                          partnership.getLabel()
                              + ": "
                              + g.purpose()
                              + " (£"
                              + g.amount().toPlainString()
                              + ", "
                              + Years.label(g.financialYear())
                              + ")")));
    }
    return options;
  }

  /** The open report requests made to the coordinator's partnerships, for a reply. */
  public List<SelectItem> getRequestOptions() {
    return reportRequests
        .list(null, null, true, org.saferpartnerships.platform.persistence.PageRequest.of(0, 200))
        .items()
        .stream()
        .map(
            r ->
                new SelectItem(
                    r.id(),
                    language.pick(r.cspName(), r.cspNameCy())
                        + ": "
                        + r.subject()
                        + " ("
                        + r.dueOn()
                        + ")"))
        .toList();
  }

  public Long getRequest() {
    return request;
  }

  public void setRequest(Long request) {
    this.request = request;
  }

  public String getCsp() {
    return csp;
  }

  public void setCsp(String csp) {
    this.csp = csp;
  }

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public Integer getYear() {
    if (year == null) {
      year = Years.current(LocalDate.now(clock));
    }
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public Long getGrant() {
    return grant;
  }

  public void setGrant(Long grant) {
    this.grant = grant;
  }
}
