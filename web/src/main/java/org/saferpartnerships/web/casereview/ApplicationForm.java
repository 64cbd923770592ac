package org.saferpartnerships.web.casereview;

import java.io.Serializable;
import java.time.LocalDate;
import org.saferpartnerships.casereview.Application;
import org.saferpartnerships.casereview.Channel;
import org.saferpartnerships.casereview.ContactMethod;
import org.saferpartnerships.casereview.victims.VictimType;

/**
 * The answers of an application as a form collects them, whether on one page (staff recording an
 * application) or one question a page (the public form). Turned into an {@link Application} for the
 * service, which validates it.
 */
public class ApplicationForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String csp;
  private String channel;
  private LocalDate receivedOn;
  private String victimType;
  private String victimName;
  private String contactName;
  private String victimEmail;
  private String victimPhone;
  private String address;
  private String postcode;
  private boolean applicantIsVictim = true;
  private String applicantName;
  private String applicantRelationship;
  private String applicantEmail;
  private String applicantPhone;
  private boolean victimConsent;
  private String language = "en";
  private String contactMethod;
  private String accessibilityNeeds;
  private String description;
  private String location;
  private boolean hateRelated;
  private Long socialLandlordId;
  private boolean contactSharingConsent;

  public Application toApplication() {
    return new Application(
        csp,
        channel == null ? null : Channel.valueOf(channel),
        receivedOn,
        victimType == null ? null : VictimType.valueOf(victimType),
        victimName,
        contactName,
        victimEmail,
        victimPhone,
        address,
        postcode,
        applicantIsVictim,
        applicantName,
        applicantRelationship,
        applicantEmail,
        applicantPhone,
        victimConsent,
        language,
        contactMethod == null ? null : ContactMethod.valueOf(contactMethod),
        accessibilityNeeds,
        description,
        location,
        hateRelated,
        socialLandlordId,
        contactSharingConsent);
  }

  /** The e-mail address of whoever applies: the victim, or the person applying for them. */
  public String getEmail() {
    return applicantIsVictim ? victimEmail : applicantEmail;
  }

  public void setEmail(String email) {
    if (applicantIsVictim) {
      victimEmail = email;
    } else {
      applicantEmail = email;
    }
  }

  public String getPhone() {
    return applicantIsVictim ? victimPhone : applicantPhone;
  }

  public void setPhone(String phone) {
    if (applicantIsVictim) {
      victimPhone = phone;
    } else {
      applicantPhone = phone;
    }
  }

  public String getCsp() {
    return csp;
  }

  public void setCsp(String csp) {
    this.csp = csp;
  }

  public String getChannel() {
    return channel;
  }

  public void setChannel(String channel) {
    this.channel = channel;
  }

  public LocalDate getReceivedOn() {
    return receivedOn;
  }

  public void setReceivedOn(LocalDate receivedOn) {
    this.receivedOn = receivedOn;
  }

  public String getVictimType() {
    return victimType;
  }

  public void setVictimType(String victimType) {
    this.victimType = victimType;
  }

  public String getVictimName() {
    return victimName;
  }

  public void setVictimName(String victimName) {
    this.victimName = victimName;
  }

  public String getContactName() {
    return contactName;
  }

  public void setContactName(String contactName) {
    this.contactName = contactName;
  }

  public String getVictimEmail() {
    return victimEmail;
  }

  public void setVictimEmail(String victimEmail) {
    this.victimEmail = victimEmail;
  }

  public String getVictimPhone() {
    return victimPhone;
  }

  public void setVictimPhone(String victimPhone) {
    this.victimPhone = victimPhone;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public String getPostcode() {
    return postcode;
  }

  public void setPostcode(String postcode) {
    this.postcode = postcode;
  }

  public boolean isApplicantIsVictim() {
    return applicantIsVictim;
  }

  public void setApplicantIsVictim(boolean applicantIsVictim) {
    this.applicantIsVictim = applicantIsVictim;
  }

  public String getApplicantName() {
    return applicantName;
  }

  public void setApplicantName(String applicantName) {
    this.applicantName = applicantName;
  }

  public String getApplicantRelationship() {
    return applicantRelationship;
  }

  public void setApplicantRelationship(String applicantRelationship) {
    this.applicantRelationship = applicantRelationship;
  }

  public String getApplicantEmail() {
    return applicantEmail;
  }

  public void setApplicantEmail(String applicantEmail) {
    this.applicantEmail = applicantEmail;
  }

  public String getApplicantPhone() {
    return applicantPhone;
  }

  public void setApplicantPhone(String applicantPhone) {
    this.applicantPhone = applicantPhone;
  }

  public boolean isVictimConsent() {
    return victimConsent;
  }

  public void setVictimConsent(boolean victimConsent) {
    this.victimConsent = victimConsent;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public String getContactMethod() {
    return contactMethod;
  }

  public void setContactMethod(String contactMethod) {
    this.contactMethod = contactMethod;
  }

  public String getAccessibilityNeeds() {
    return accessibilityNeeds;
  }

  public void setAccessibilityNeeds(String accessibilityNeeds) {
    this.accessibilityNeeds = accessibilityNeeds;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getLocation() {
    return location;
  }

  public void setLocation(String location) {
    this.location = location;
  }

  public boolean isHateRelated() {
    return hateRelated;
  }

  public void setHateRelated(boolean hateRelated) {
    this.hateRelated = hateRelated;
  }

  public Long getSocialLandlordId() {
    return socialLandlordId;
  }

  public void setSocialLandlordId(Long socialLandlordId) {
    this.socialLandlordId = socialLandlordId;
  }

  public boolean isContactSharingConsent() {
    return contactSharingConsent;
  }

  public void setContactSharingConsent(boolean contactSharingConsent) {
    this.contactSharingConsent = contactSharingConsent;
  }
}
