package org.saferpartnerships.web.casereview;

import jakarta.ejb.EJB;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.saferpartnerships.casereview.retention.RetentionService;
import org.saferpartnerships.casereview.retention.RetentionSetting;
import org.saferpartnerships.casereview.risk.RiskFormService;
import org.saferpartnerships.casereview.risk.RiskFormView;
import org.saferpartnerships.casereview.threshold.ProcedureText;
import org.saferpartnerships.casereview.threshold.ThresholdRuleRequest;
import org.saferpartnerships.casereview.threshold.ThresholdRuleService;
import org.saferpartnerships.casereview.threshold.ThresholdRuleSummary;
import org.saferpartnerships.partnership.directory.PartnershipDirectory;
import org.saferpartnerships.platform.errors.ServiceException;
import org.saferpartnerships.web.Language;
import org.saferpartnerships.web.Options;
import org.saferpartnerships.web.PageMessages;
import org.saferpartnerships.web.ShowsRefusal;

/**
 * A CSP's case review settings for administrators (admin/threshold-rules.xhtml?csp=): its threshold
 * rules by date (the one in force marked) with a form to add a rule from a day on, and how long it
 * keeps closed cases' personal data.
 */
@Named
@ViewScoped
public class ThresholdRules implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private transient ThresholdRuleService rules;

  @EJB private transient RetentionService retention;

  @EJB private transient RiskFormService riskForms;

  @EJB private transient PartnershipDirectory directory;

  @Inject private transient PageMessages messages;

  @Inject private transient Language language;

  private String csp = "E22000013";
  private List<ThresholdRuleSummary> list;
  private Integer years;
  private long retentionVersion;
  private RiskFormView riskForm;

  private LocalDate validFrom;
  private int complaintsRequired = 3;
  private int windowMonths = 6;
  private int reportLagMonths = 1;
  private Integer locationReportsRequired;
  private int locationReportersRequired = 2;
  private boolean hateIncidentMeets;
  private String procedureEn;
  private String procedureCy;
  private String contactName;
  private String contactEmail;
  private String contactPhone;
  private boolean discretionAllowed = true;
  private String note;

  public void load() {
    try {
      list = rules.rulesFor(csp);
      readRetention();
    } catch (ServiceException refusal) {
      messages.refused("csp:code", refusal);
      csp = "E22000013";
      list = rules.rulesFor(csp);
      readRetention();
    }
    riskForm = riskForms.current(csp);
  }

  /** The risk and vulnerability form in force for the CSP today. */
  public RiskFormView getRiskForm() {
    return riskForm;
  }

  public String show() {
    return "/admin/threshold-rules?faces-redirect=true&csp=" + csp;
  }

  @ShowsRefusal("rule:validFrom")
  public String add() {
    rules.add(
        new ThresholdRuleRequest(
            csp,
            validFrom,
            complaintsRequired,
            windowMonths,
            reportLagMonths,
            locationReportsRequired,
            locationReportersRequired,
            hateIncidentMeets,
            discretionAllowed,
            note,
            new ProcedureText(procedureEn, procedureCy, contactName, contactEmail, contactPhone)));
    messages.info("rules.added");
    return show();
  }

  private void readRetention() {
    RetentionSetting setting = retention.setting(csp);
    years = setting.years();
    retentionVersion = setting.version();
  }

  /** Saves the years if nobody changed them since the page was opened (the version it read). */
  @ShowsRefusal("retention:years")
  public String saveRetention() {
    retention.setYears(csp, years == null ? 0 : years, retentionVersion);
    messages.info("rules.retentionSaved");
    return show();
  }

  public List<SelectItem> getCspOptions() {
    return Options.csps(directory, language, false).stream()
        .map(
            option ->
                new SelectItem(
                    option.getValue(), option.getLabel() + " (" + option.getValue() + ")"))
        .toList();
  }

  public List<ThresholdRuleSummary> getList() {
    return list;
  }

  public String getCsp() {
    return csp;
  }

  public void setCsp(String csp) {
    this.csp =
        csp == null || csp.isBlank() ? "E22000013" : csp.trim().toUpperCase(java.util.Locale.ROOT);
  }

  public Integer getYears() {
    return years;
  }

  public void setYears(Integer years) {
    this.years = years;
  }

  public LocalDate getValidFrom() {
    return validFrom;
  }

  public void setValidFrom(LocalDate validFrom) {
    this.validFrom = validFrom;
  }

  public int getComplaintsRequired() {
    return complaintsRequired;
  }

  public void setComplaintsRequired(int complaintsRequired) {
    this.complaintsRequired = complaintsRequired;
  }

  public int getWindowMonths() {
    return windowMonths;
  }

  public void setWindowMonths(int windowMonths) {
    this.windowMonths = windowMonths;
  }

  public int getReportLagMonths() {
    return reportLagMonths;
  }

  public void setReportLagMonths(int reportLagMonths) {
    this.reportLagMonths = reportLagMonths;
  }

  public Integer getLocationReportsRequired() {
    return locationReportsRequired;
  }

  public void setLocationReportsRequired(Integer locationReportsRequired) {
    this.locationReportsRequired = locationReportsRequired;
  }

  public int getLocationReportersRequired() {
    return locationReportersRequired;
  }

  public void setLocationReportersRequired(int locationReportersRequired) {
    this.locationReportersRequired = locationReportersRequired;
  }

  public boolean isHateIncidentMeets() {
    return hateIncidentMeets;
  }

  public void setHateIncidentMeets(boolean hateIncidentMeets) {
    this.hateIncidentMeets = hateIncidentMeets;
  }

  public boolean isDiscretionAllowed() {
    return discretionAllowed;
  }

  public void setDiscretionAllowed(boolean discretionAllowed) {
    this.discretionAllowed = discretionAllowed;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public String getProcedureEn() {
    return procedureEn;
  }

  public void setProcedureEn(String procedureEn) {
    this.procedureEn = procedureEn;
  }

  public String getProcedureCy() {
    return procedureCy;
  }

  public void setProcedureCy(String procedureCy) {
    this.procedureCy = procedureCy;
  }

  public String getContactName() {
    return contactName;
  }

  public void setContactName(String contactName) {
    this.contactName = contactName;
  }

  public String getContactEmail() {
    return contactEmail;
  }

  public void setContactEmail(String contactEmail) {
    this.contactEmail = contactEmail;
  }

  public String getContactPhone() {
    return contactPhone;
  }

  public void setContactPhone(String contactPhone) {
    this.contactPhone = contactPhone;
  }
}
