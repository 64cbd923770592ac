package org.saferpartnerships.api.workflow;

/** The body that opens a work item; routing decides where it goes. */
public record OpenBody(
    String type, String csp, String title, String details, String targetBody, String priority) {}
