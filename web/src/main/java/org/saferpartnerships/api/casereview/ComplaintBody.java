package org.saferpartnerships.api.casereview;

/** A complaint to link to an application. */
public record ComplaintBody(
    String incidentDate,
    String reportedOn,
    String agency,
    String agencyReference,
    String reporter,
    String location,
    Boolean hateRelated,
    Boolean separateIncident,
    String summary) {}
