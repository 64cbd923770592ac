package org.saferpartnerships.api.casereview;

/** An application as the API takes it; enums and dates as text, checked by name. */
public record ApplicationBody(
    String csp,
    String channel,
    String receivedOn,
    String victimType,
    String victimName,
    String contactName,
    String victimEmail,
    String victimPhone,
    String address,
    String postcode,
    Boolean applicantIsVictim,
    String applicantName,
    String applicantRelationship,
    String applicantEmail,
    String applicantPhone,
    Boolean victimConsent,
    String language,
    String contactMethod,
    String accessibilityNeeds,
    String description,
    String location,
    Boolean hateRelated,
    Long socialLandlordId,
    Boolean contactSharingConsent) {}
