package org.saferpartnerships.web.casereview;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.saferpartnerships.casereview.CaseReviewService;
import org.saferpartnerships.casereview.Channel;
import org.saferpartnerships.casereview.review.ApplicationSharing;
import org.saferpartnerships.partnership.directory.PartnershipDirectory;
import org.saferpartnerships.web.Language;
import org.saferpartnerships.web.Options;
import org.saferpartnerships.web.PageMessages;
import org.saferpartnerships.web.ShowsRefusal;

/**
 * The public application form (public/apply/*.xhtml), one question a page in the GOV.UK way: the
 * answers are kept in the session until "check your answers" sends them. No sign-in; robots are
 * kept off by {@link SpamGuard}. Once sent, the answers are forgotten and only the reference is
 * kept, to show on the confirmation page.
 */
@Named("apply")
@SessionScoped
public class PublicApplication implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Where the form starts; pages reached without a started form send people back here. */
  static final String START = "/public/apply/index.xhtml";

  @EJB private transient CaseReviewService service;

  @EJB private transient PartnershipDirectory directory;

  @EJB private transient ApplicationSharing sharing;

  @Inject private transient PageMessages messages;

  @Inject private transient Language language;

  @Inject private transient SpamGuard guard;

  @Inject private transient Clock clock;

  private ApplicationForm form;
  private Instant startedAt;
  private String someoneElse;
  private String website;
  private String reference;

  /** "Start now": a fresh form. */
  public String start() {
    form = new ApplicationForm();
    form.setChannel(Channel.ONLINE.name());
    form.setLanguage(language.getCode());
    startedAt = clock.instant();
    someoneElse = null;
    website = null;
    reference = null;
    return "area?faces-redirect=true";
  }

  /** For every question page: without a started form, back to the start. */
  public void requireStarted() throws IOException {
    if (form == null) {
      ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
      context.redirect(context.getRequestContextPath() + START);
    }
  }

  /** For the confirmation page: without a reference, back to the start. */
  public void requireSent() throws IOException {
    if (reference == null) {
      ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
      context.redirect(context.getRequestContextPath() + START);
    }
  }

  public String who() {
    boolean forSomeoneElse = "yes".equals(someoneElse);
    form.setApplicantIsVictim(!forSomeoneElse);
    return forSomeoneElse ? "applicant?faces-redirect=true" : "victim?faces-redirect=true";
  }

  public String applicant() {
    if (!form.isVictimConsent()) {
      messages.error("applicant:consent", "apply.consent.required");
      return null;
    }
    return "victim?faces-redirect=true";
  }

  public String name() {
    boolean group = !"PERSON".equals(form.getVictimType());
    if (group && (form.getContactName() == null || form.getContactName().isBlank())) {
      messages.error("name:contactName", "apply.contactName.required");
      return null;
    }
    return "contact?faces-redirect=true";
  }

  public String contact() {
    String method = form.getContactMethod();
    String email = form.getEmail();
    String phone = form.getPhone();
    if ("EMAIL".equals(method) && blank(email)) {
      messages.error("contact:email", "apply.email.required");
    } else if ("PHONE".equals(method) && blank(phone)) {
      messages.error("contact:phone", "apply.phone.required");
    } else if ("POST".equals(method) && (blank(form.getAddress()) || blank(form.getPostcode()))) {
      messages.error("contact:address", "apply.address.required");
    } else {
      return "language?faces-redirect=true";
    }
    return null;
  }

  /** "Send application": the checks against robots, then the service, which checks the rest. */
  @ShowsRefusal
  public String send() {
    if (guard.refuses(website, startedAt, messages)) {
      return null;
    }
    reference = service.applyOnline(form.toApplication());
    form = null;
    startedAt = null;
    return "done?faces-redirect=true";
  }

  /** The partnerships of England and Wales, named as their council areas mostly are. */
  public List<SelectItem> getAreaOptions() {
    return Options.csps(directory, language, false);
  }

  public String getAreaName() {
    return form == null || form.getCsp() == null
        ? ""
        : getAreaOptions().stream()
            .filter(option -> form.getCsp().equals(option.getValue()))
            .map(SelectItem::getLabel)
            .findFirst()
            .orElse(form.getCsp());
  }

  /**
   * The social landlords of the chosen partnership, to name the one the person affected rents from.
   */
  public List<SelectItem> getLandlordOptions() {
    return form == null || form.getCsp() == null
        ? List.of()
        : sharing.landlordsOf(form.getCsp()).stream()
            .map(l -> new SelectItem(l.id(), language.pick(l.name(), l.nameCy())))
            .toList();
  }

  /** The landlord named, for "check your answers"; empty if none. */
  public String getLandlordName() {
    Long chosen = form == null ? null : form.getSocialLandlordId();
    return chosen == null
        ? ""
        : getLandlordOptions().stream()
            .filter(option -> chosen.equals(option.getValue()))
            .map(SelectItem::getLabel)
            .findFirst()
            .orElse("");
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  public ApplicationForm getForm() {
    return form;
  }

  public String getSomeoneElse() {
    return someoneElse;
  }

  public void setSomeoneElse(String someoneElse) {
    this.someoneElse = someoneElse;
  }

  public String getWebsite() {
    return website;
  }

  public void setWebsite(String website) {
    this.website = website;
  }

  public String getReference() {
    return reference;
  }
}
