package org.saferpartnerships.web.consultation;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.saferpartnerships.consultation.ConsultationRequest;
import org.saferpartnerships.consultation.ConsultationService;
import org.saferpartnerships.consultation.imports.OwnerChoice;
import org.saferpartnerships.platform.errors.ServiceException;
import org.saferpartnerships.web.Language;
import org.saferpartnerships.web.PageMessages;

/**
 * Setting up a consultation (consultation/new.xhtml): its titles, owner, dates and whether
 * respondents say whom they answer for. It counts respondents by the usual categories; questions
 * are added on the consultation's page.
 */
@Named
@ViewScoped
public class NewConsultation implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private transient ConsultationService consultations;

  @Inject private transient PageMessages messages;

  @Inject private transient Language language;

  private List<OwnerChoice> owners;
  private String titleEn;
  private String titleCy;
  private String summary;
  private Long ownerId;
  private LocalDate opensOn;
  private LocalDate closesOn;
  private boolean asksOrganisation = true;

  public void load() {
    owners = consultations.owners();
    if (owners.size() == 1) {
      ownerId = owners.get(0).id();
    }
  }

  public String create() {
    long id;
    try {
      id =
          consultations.create(
              new ConsultationRequest(
                  titleEn,
                  titleCy,
                  summary,
                  ownerId,
                  opensOn,
                  closesOn,
                  asksOrganisation,
                  null,
                  null));
    } catch (ServiceException refusal) {
      messages.refused("consultation:owner", refusal);
      return null;
    } catch (EJBException failure) {
      messages.invalid("consultation:titleEn", failure);
      return null;
    }
    messages.info("consultation.created");
    return "/consultation/consultation?faces-redirect=true&id=" + id;
  }

  public List<SelectItem> getOwnerOptions() {
    return owners.stream()
        .map(o -> new SelectItem(o.id(), language.pick(o.name(), o.nameCy())))
        .toList();
  }

  public boolean isChoosesOwner() {
    return owners.size() > 1;
  }

  public String getOwnerName() {
    return owners.size() == 1 ? language.pick(owners.get(0).name(), owners.get(0).nameCy()) : "";
  }

  public String getTitleEn() {
    return titleEn;
  }

  public void setTitleEn(String titleEn) {
    this.titleEn = titleEn;
  }

  public String getTitleCy() {
    return titleCy;
  }

  public void setTitleCy(String titleCy) {
    this.titleCy = titleCy;
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }

  public Long getOwnerId() {
    return ownerId;
  }

  public void setOwnerId(Long ownerId) {
    this.ownerId = ownerId;
  }

  public LocalDate getOpensOn() {
    return opensOn;
  }

  public void setOpensOn(LocalDate opensOn) {
    this.opensOn = opensOn;
  }

  public LocalDate getClosesOn() {
    return closesOn;
  }

  public void setClosesOn(LocalDate closesOn) {
    this.closesOn = closesOn;
  }

  public boolean isAsksOrganisation() {
    return asksOrganisation;
  }

  public void setAsksOrganisation(boolean asksOrganisation) {
    this.asksOrganisation = asksOrganisation;
  }
}
