package org.saferpartnerships.web.partnership;

import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.saferpartnerships.partnership.directory.CspDetail;
import org.saferpartnerships.partnership.directory.PartnershipDirectory;
import org.saferpartnerships.partnership.membership.MemberRequest;
import org.saferpartnerships.partnership.membership.MemberRole;
import org.saferpartnerships.partnership.membership.MembershipService;
import org.saferpartnerships.partnership.registry.Organisation;
import org.saferpartnerships.partnership.registry.OrganisationType;
import org.saferpartnerships.platform.errors.NotFoundException;
import org.saferpartnerships.web.Language;
import org.saferpartnerships.web.PageMessages;
import org.saferpartnerships.web.ShowsRefusal;

/**
 * Adding a member to a CSP (admin/member.xhtml?csp=E22000013): an organisation already recorded,
 * found by name, or a new one (type, English and Welsh name), and the role it plays. The service
 * applies the law's rules; its refusals are shown as they are.
 */
@Named
@ViewScoped
public class MemberAdd implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private MembershipService memberships;

  @EJB private PartnershipDirectory directory;

  @Inject private PageMessages messages;

  @Inject private Language language;

  @Inject private ExternalContext external;

  private String cspCode;
  private CspDetail csp;
  private String choice = "new";
  private String search;
  private Long organisationId;
  private List<SelectItem> found = List.of();
  private OrganisationType newType;
  private String newName;
  private String newNameCy;
  private MemberRole role;

  public void load() {
    try {
      csp = directory.csp(cspCode, null, null);
    } catch (NotFoundException missing) {
      NotFoundPage.send();
    }
  }

  public void find() {
    List<SelectItem> options = new ArrayList<>();
    for (Organisation organisation : memberships.candidates(search)) {
      String label =
          language.pick(organisation.getName(), organisation.getNameCy())
              + " ("
              + messages.text("orgType." + organisation.getType())
              + ")";
      options.add(new SelectItem(organisation.getId(), label));
    }
    found = options;
    organisationId = null;
    if (options.isEmpty()) {
      messages.error("member:search", "member.noneFound");
    }
  }

  @ShowsRefusal
  public void add() throws IOException {
    boolean existing = "existing".equals(choice);
    if (existing && organisationId == null) {
      messages.error("member:organisation", "member.organisation.required");
      return;
    }
    if (!existing && newType == null) {
      messages.error("member:type", "member.type.required");
      return;
    }
    if (!existing && (newName == null || newName.isBlank())) {
      messages.error("member:name", "member.name.required");
      return;
    }
    memberships.addMember(
        cspCode,
        new MemberRequest(
            existing ? organisationId : null, existing ? null : newType, newName, newNameCy, role));
    messages.info("member.added");
    external.redirect(external.getRequestContextPath() + "/registry/csp.xhtml?code=" + csp.code());
  }

  public List<SelectItem> getTypeOptions() {
    List<SelectItem> options = new ArrayList<>();
    for (OrganisationType type : OrganisationType.ADDED_BY_ADMIN) {
      if (type.servesCountry(csp.country())) {
        options.add(new SelectItem(type, messages.text("orgType." + type)));
      }
    }
    return options;
  }

  public List<SelectItem> getRoleOptions() {
    List<SelectItem> options = new ArrayList<>();
    for (MemberRole value : MemberRole.values()) {
      options.add(new SelectItem(value, messages.text("memberRole." + value)));
    }
    return options;
  }

  public CspDetail getCsp() {
    return csp;
  }

  public String getCspCode() {
    return cspCode;
  }

  public void setCspCode(String cspCode) {
    this.cspCode = cspCode;
  }

  public String getChoice() {
    return choice;
  }

  public void setChoice(String choice) {
    this.choice = choice;
  }

  public String getSearch() {
    return search;
  }

  public void setSearch(String search) {
    this.search = search;
  }

  public Long getOrganisationId() {
    return organisationId;
  }

  public void setOrganisationId(Long organisationId) {
    this.organisationId = organisationId;
  }

  public List<SelectItem> getFound() {
    return found;
  }

  public OrganisationType getNewType() {
    return newType;
  }

  public void setNewType(OrganisationType newType) {
    this.newType = newType;
  }

  public String getNewName() {
    return newName;
  }

  public void setNewName(String newName) {
    this.newName = newName;
  }

  public String getNewNameCy() {
    return newNameCy;
  }

  public void setNewNameCy(String newNameCy) {
    this.newNameCy = newNameCy;
  }

  public MemberRole getRole() {
    return role;
  }

  public void setRole(MemberRole role) {
    this.role = role;
  }
}
