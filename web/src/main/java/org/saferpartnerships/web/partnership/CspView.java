package org.saferpartnerships.web.partnership;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.saferpartnerships.partnership.directory.CspDetail;
import org.saferpartnerships.partnership.directory.MemberSummary;
import org.saferpartnerships.partnership.directory.PartnershipDirectory;
import org.saferpartnerships.partnership.membership.MembershipService;
import org.saferpartnerships.platform.errors.NotFoundException;
import org.saferpartnerships.platform.errors.ServiceException;
import org.saferpartnerships.web.PageMessages;

/**
 * One CSP (registry/csp.xhtml?code=E22000013): its councils, force area, the body holding PCC
 * functions today, its members and the vintages it appears in. An administrator can remove a member
 * they added; a stale removal (someone changed it first) is refused with a message.
 */
@Named
@ViewScoped
public class CspView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private PartnershipDirectory directory;

  @EJB private MembershipService memberships;

  @Inject private PageMessages messages;

  private String code;
  private Long vintageId;
  private CspDetail csp;

  public void load() {
    try {
      csp = directory.csp(code, vintageId, null);
    } catch (NotFoundException missing) {
      NotFoundPage.send();
    }
  }

  public void remove(MemberSummary member) {
    try {
      memberships.removeMember(member.membershipId(), member.version());
      messages.info("csp.member.removed", member.name());
    } catch (ServiceException refused) {
      messages.refused(null, refused);
    }
    csp = directory.csp(code, vintageId, null);
  }

  public CspDetail getCsp() {
    return csp;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public Long getVintageId() {
    return vintageId;
  }

  public void setVintageId(Long vintageId) {
    this.vintageId = vintageId;
  }
}
