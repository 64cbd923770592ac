package org.saferpartnerships.web.consultation;

import jakarta.ejb.EJB;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.saferpartnerships.consultation.ConsultationService;
import org.saferpartnerships.consultation.ConsultationView;
import org.saferpartnerships.consultation.coding.CodebookService;
import org.saferpartnerships.consultation.coding.ThemeView;
import org.saferpartnerships.consultation.followups.FollowUpRequest;
import org.saferpartnerships.consultation.followups.FollowUpService;
import org.saferpartnerships.partnership.directory.PartnershipDirectory;
import org.saferpartnerships.web.Hidden;
import org.saferpartnerships.web.Language;
import org.saferpartnerships.web.Options;
import org.saferpartnerships.web.PageMessages;
import org.saferpartnerships.web.ShowsRefusal;
import org.saferpartnerships.workflow.items.WorkItem;
import org.saferpartnerships.workflow.routing.TargetBody;

/**
 * You said, we did (consultation/followup.xhtml?id=&amp;theme=): raise a follow-up of a theme,
 * routed as an action request to the responsible partner of a CSP; back to the report, which shows
 * it with its state and, once acted on, its outcome.
 */
@Named
@ViewScoped
public class FollowUpPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private transient ConsultationService consultations;

  @EJB private transient CodebookService codebook;

  @EJB private transient FollowUpService followUps;

  @EJB private transient PartnershipDirectory directory;

  @Inject private transient PageMessages messages;

  @Inject private transient Language language;

  private Long id;
  private Long theme;
  private ConsultationView consultation;
  private ThemeView chosen;
  private String csp;
  private String targetBody;
  private String title;
  private String details;
  private String dueOn;

  public String load() {
    consultation = id == null ? null : Hidden.orNull(() -> consultations.view(id));
    chosen =
        consultation == null || theme == null
            ? null
            : codebook.codebook(id).stream().filter(t -> t.id() == theme).findFirst().orElse(null);
    if (chosen == null) {
      return Hidden.notFound();
    }
    return null;
  }

  @ShowsRefusal
  public String raise() {
    LocalDate due = null;
    if (dueOn != null && !dueOn.isBlank()) {
      try {
        due = LocalDate.parse(dueOn.strip());
      } catch (DateTimeParseException e) {
        messages.errorText("followUp:dueOn", messages.text("followUp.dueOnInvalid"));
        return null;
      }
    }
    long item;
    item =
        followUps.raise(
            id,
            theme,
            new FollowUpRequest(
                csp,
                targetBody == null || targetBody.isBlank() ? null : TargetBody.valueOf(targetBody),
                title,
                details,
                due));
    messages.info("followUp.raised", WorkItem.reference(item));
    return "/consultation/report?faces-redirect=true&id=" + id;
  }

  public List<SelectItem> getCspOptions() {
    return Options.csps(directory, language, true);
  }

  public List<SelectItem> getTargetOptions() {
    return Options.of(TargetBody.class, "targetBody.", messages);
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Long getTheme() {
    return theme;
  }

  public void setTheme(Long theme) {
    this.theme = theme;
  }

  public ConsultationView getConsultation() {
    return consultation;
  }

  public ThemeView getChosen() {
    return chosen;
  }

  public String getCsp() {
    return csp;
  }

  public void setCsp(String csp) {
    this.csp = csp;
  }

  public String getTargetBody() {
    return targetBody;
  }

  public void setTargetBody(String targetBody) {
    this.targetBody = targetBody;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getDetails() {
    return details;
  }

  public void setDetails(String details) {
    this.details = details;
  }

  public String getDueOn() {
    return dueOn;
  }

  public void setDueOn(String dueOn) {
    this.dueOn = dueOn;
  }
}
