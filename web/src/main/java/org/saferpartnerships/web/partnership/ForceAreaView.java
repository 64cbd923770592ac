package org.saferpartnerships.web.partnership;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.saferpartnerships.partnership.directory.ForceAreaDetail;
import org.saferpartnerships.partnership.directory.PartnershipDirectory;
import org.saferpartnerships.platform.errors.NotFoundException;

/**
 * One police force area (registry/force-area.xhtml?code=E23000023): its force, its CSPs, the body
 * holding PCC functions today and every body that has held them. Read-only, so request-scoped.
 */
@Named
@RequestScoped
public class ForceAreaView {

  @EJB private PartnershipDirectory directory;

  private String code;
  private Long vintageId;
  private ForceAreaDetail area;

  public void load() {
    try {
      area = directory.forceArea(code, vintageId, null);
    } catch (NotFoundException missing) {
      NotFoundPage.send();
    }
  }

  public ForceAreaDetail getArea() {
    return area;
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
