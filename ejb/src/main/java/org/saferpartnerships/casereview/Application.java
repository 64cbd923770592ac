package org.saferpartnerships.casereview;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.saferpartnerships.casereview.victims.VictimType;

/**
 * An application for a case review, from the public form or recorded by staff. Applications cannot
 * be anonymous: the victim is named, and whoever applies can be written to in the way they chose. A
 * third party applies only with the victim's consent.
 *
 * @param cspCode the CSP of the area where the behaviour happens
 * @param channel how it arrived; the public form is always {@link Channel#ONLINE}
 * @param receivedOn the day it was received (staff recording a letter say which); null for today;
 *     never after today by the application's clock (the service checks it)
 * @param address the postal address for letters: the applicant's, who may be the victim
 * @param socialLandlordId the victim's social landlord, where they rent from one: a registered
 *     provider that is a member of the partnership (the service checks it); null if none or unknown
 * @param contactSharingConsent the victim agrees that their name and contact details go to the
 *     bodies the application is shared with (s104(3)(b)), so that they can contact them
 */
public record Application(
    @NotBlank(message = "{caseReview.csp.required}") String cspCode,
    @NotNull(message = "{caseReview.channel.required}") Channel channel,
    LocalDate receivedOn,
    @NotNull(message = "{caseReview.victimType.required}") VictimType victimType,
    @NotBlank(message = "{caseReview.victimName.required}")
        @Size(max = 200, message = "{caseReview.name.size}")
        String victimName,
    @Size(max = 200, message = "{caseReview.name.size}") String contactName,
    @Email(message = "{caseReview.email.invalid}")
        @Size(max = 254, message = "{caseReview.email.invalid}")
        String victimEmail,
    @Pattern(regexp = PHONE, message = "{caseReview.phone.invalid}") String victimPhone,
    @Size(max = 500, message = "{caseReview.address.size}") String address,
    @Pattern(regexp = POSTCODE, message = "{caseReview.postcode.invalid}") String postcode,
    boolean applicantIsVictim,
    @Size(max = 200, message = "{caseReview.name.size}") String applicantName,
    @Size(max = 100, message = "{caseReview.relationship.size}") String applicantRelationship,
    @Email(message = "{caseReview.email.invalid}")
        @Size(max = 254, message = "{caseReview.email.invalid}")
        String applicantEmail,
    @Pattern(regexp = PHONE, message = "{caseReview.phone.invalid}") String applicantPhone,
    boolean victimConsent,
    @NotNull(message = "{caseReview.language.required}")
        @Pattern(regexp = "en|cy", message = "{caseReview.language.required}")
        String language,
    @NotNull(message = "{caseReview.contactMethod.required}") ContactMethod contactMethod,
    @Size(max = 1000, message = "{caseReview.accessibility.size}") String accessibilityNeeds,
    @NotBlank(message = "{caseReview.description.required}")
        @Size(max = 4000, message = "{caseReview.description.size}")
        String asbDescription,
    @Size(max = 300, message = "{caseReview.location.size}") String asbLocation,
    boolean hateRelated,
    Long socialLandlordId,
    boolean contactSharingConsent) {

  /** UK telephone numbers, written with or without spaces, +44 or 0 first. */
  public static final String PHONE = "^(\\+44\\s?|0)[0-9 ]{9,13}$";

  /** A UK postcode, any case, with or without its space. */
  public static final String POSTCODE = "^(?i)[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$";

  @AssertTrue(message = "{caseReview.applicantName.required}")
  public boolean isApplicantNamed() {
    return applicantIsVictim || !blank(applicantName);
  }

  @AssertTrue(message = "{caseReview.consent.required}")
  public boolean isConsentGiven() {
    return applicantIsVictim || victimConsent;
  }

  @AssertTrue(message = "{caseReview.contactName.required}")
  public boolean isContactNamed() {
    return victimType != VictimType.BUSINESS && victimType != VictimType.COMMUNITY_GROUP
        || !blank(contactName);
  }

  @AssertTrue(message = "{caseReview.email.required}")
  public boolean isEmailGivenForEmail() {
    return contactMethod != ContactMethod.EMAIL || !blank(correspondentEmail());
  }

  @AssertTrue(message = "{caseReview.phone.required}")
  public boolean isPhoneGivenForPhone() {
    return contactMethod != ContactMethod.PHONE || !blank(correspondentPhone());
  }

  @AssertTrue(message = "{caseReview.address.required}")
  public boolean isAddressGivenForPost() {
    return contactMethod != ContactMethod.POST || !blank(address) && !blank(postcode);
  }

  /** Letters go to whoever applied: the victim, or the third party applying for them. */
  public String correspondentEmail() {
    return applicantIsVictim ? victimEmail : applicantEmail;
  }

  public String correspondentPhone() {
    return applicantIsVictim ? victimPhone : applicantPhone;
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
