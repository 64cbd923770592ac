package org.saferpartnerships.casereview;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import org.saferpartnerships.casereview.victims.VictimType;

/**
 * The victim of an ASB case review as the application gives them (personal data: anonymised with
 * the case). Part of {@link CaseReview}, in its table.
 */
@Embeddable
public class VictimDetails implements Serializable {

  private static final long serialVersionUID = 1L;

  @Enumerated(EnumType.STRING)
  @Column(name = "victim_type", nullable = false)
  private VictimType victimType;

  @Column(name = "victim_name")
  private String victimName;

  @Column(name = "contact_name")
  private String contactName;

  @Column(name = "victim_email")
  private String victimEmail;

  @Column(name = "victim_phone")
  private String victimPhone;

  @Column(name = "address")
  private String address;

  @Column(name = "postcode")
  private String postcode;

  protected VictimDetails() {}

  VictimDetails(Application application) {
    this.victimType = application.victimType();
    this.victimName = CaseReview.trim(application.victimName());
    this.contactName = CaseReview.trim(application.contactName());
    this.victimEmail = CaseReview.trim(application.victimEmail());
    this.victimPhone = CaseReview.trim(application.victimPhone());
    this.address = CaseReview.trim(application.address());
    this.postcode =
        application.postcode() == null
            ? null
            : CaseReview.normalisePostcode(application.postcode());
  }

  void anonymise() {
    this.victimName = null;
    this.contactName = null;
    this.victimEmail = null;
    this.victimPhone = null;
    this.address = null;
    this.postcode = null;
  }

  public VictimType getVictimType() {
    return victimType;
  }

  public String getVictimName() {
    return victimName;
  }

  public String getContactName() {
    return contactName;
  }

  public String getVictimEmail() {
    return victimEmail;
  }

  public String getVictimPhone() {
    return victimPhone;
  }

  public String getAddress() {
    return address;
  }

  public String getPostcode() {
    return postcode;
  }
}
