package org.saferpartnerships.web.casereview;

import jakarta.ejb.EJB;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.saferpartnerships.casereview.CaseReviewService;
import org.saferpartnerships.casereview.Channel;
import org.saferpartnerships.casereview.ContactMethod;
import org.saferpartnerships.casereview.review.ApplicationSharing;
import org.saferpartnerships.casereview.victims.VictimType;
import org.saferpartnerships.partnership.directory.PartnershipDirectory;
import org.saferpartnerships.web.Language;
import org.saferpartnerships.web.Options;
import org.saferpartnerships.web.PageMessages;
import org.saferpartnerships.web.ShowsRefusal;

/**
 * Recording an application received by phone, letter, e-mail or in person
 * (casereview/record.xhtml): every answer on one page, checked by the service; a refused
 * application lists each problem and stores nothing; a recorded one opens its case page.
 */
@Named
@ViewScoped
public class RecordApplication implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private transient CaseReviewService service;

  @EJB private transient PartnershipDirectory directory;

  @EJB private transient ApplicationSharing sharing;

  @Inject private transient PageMessages messages;

  @Inject private transient Language language;

  private final ApplicationForm form = new ApplicationForm();

  private List<SelectItem> landlordOptions;

  @ShowsRefusal
  public String record() {
    String reference;
    reference = service.record(form.toApplication());
    messages.info("record.recorded", reference);
    return "/casereview/case?faces-redirect=true&ref=" + reference;
  }

  /** The partnerships the coordinator acts for. */
  public List<SelectItem> getCspOptions() {
    return Options.csps(directory, language, true);
  }

  /**
   * The social landlords of the coordinator's partnerships, named with their partnership when the
   * coordinator acts for more than one; the service checks the one chosen belongs to the case's.
   */
  public List<SelectItem> getLandlordOptions() {
    if (landlordOptions == null) {
      List<SelectItem> csps = getCspOptions();
      landlordOptions =
          csps.stream()
              .flatMap(
                  csp ->
                      sharing.landlordsOf((String) csp.getValue()).stream()
                          .map(
                              landlord ->
                                  new SelectItem(
                                      landlord.id(),
                                      language.pick(landlord.name(), landlord.nameCy())
                                          + (csps.size() > 1 ? " (" + csp.getLabel() + ")" : ""))))
              .toList();
    }
    return landlordOptions;
  }

  public List<SelectItem> getChannelOptions() {
    return Options.of(Channel.class, "channel.", messages).stream()
        .filter(option -> !Channel.ONLINE.name().equals(option.getValue()))
        .toList();
  }

  public List<SelectItem> getVictimTypeOptions() {
    return Options.of(VictimType.class, "victimType.", messages);
  }

  public List<SelectItem> getContactMethodOptions() {
    return Options.of(ContactMethod.class, "contactMethod.", messages);
  }

  public ApplicationForm getForm() {
    return form;
  }
}
