package org.saferpartnerships.casereview;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;

/**
 * Who applied for the case review when it was not the victim, and the victim's consent (personal
 * data). Part of {@link CaseReview}, in its table.
 */
@Embeddable
public class ApplicantDetails implements Serializable {

  private static final long serialVersionUID = 1L;

  @Column(name = "applicant_is_victim", nullable = false)
  private boolean applicantIsVictim;

  @Column(name = "applicant_name")
  private String applicantName;

  @Column(name = "applicant_relationship")
  private String applicantRelationship;

  @Column(name = "applicant_email")
  private String applicantEmail;

  @Column(name = "applicant_phone")
  private String applicantPhone;

  @Column(name = "victim_consent", nullable = false)
  private boolean victimConsent;

  /**
   * Whether the victim agreed that their name and contact details go to the bodies the application
   * is shared with (s104(3)(b)); without it they get only the case and its behaviour.
   */
  @Column(name = "contact_sharing_consent", nullable = false)
  private boolean contactSharingConsent;

  protected ApplicantDetails() {}

  ApplicantDetails(Application application) {
    this.applicantIsVictim = application.applicantIsVictim();
    if (!applicantIsVictim) {
      this.applicantName = CaseReview.trim(application.applicantName());
      this.applicantRelationship = CaseReview.trim(application.applicantRelationship());
      this.applicantEmail = CaseReview.trim(application.applicantEmail());
      this.applicantPhone = CaseReview.trim(application.applicantPhone());
    }
    this.victimConsent = applicantIsVictim || application.victimConsent();
    this.contactSharingConsent = application.contactSharingConsent();
  }

  void anonymise() {
    this.applicantName = null;
    this.applicantRelationship = null;
    this.applicantEmail = null;
    this.applicantPhone = null;
  }

  public boolean isApplicantIsVictim() {
    return applicantIsVictim;
  }

  public String getApplicantName() {
    return applicantName;
  }

  public String getApplicantRelationship() {
    return applicantRelationship;
  }

  public String getApplicantEmail() {
    return applicantEmail;
  }

  public String getApplicantPhone() {
    return applicantPhone;
  }

  public boolean isVictimConsent() {
    return victimConsent;
  }

  public boolean isContactSharingConsent() {
    return contactSharingConsent;
  }
}
