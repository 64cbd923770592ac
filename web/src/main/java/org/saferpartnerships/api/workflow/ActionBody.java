package org.saferpartnerships.api.workflow;

/** The body of an action: a note, a reason, a colleague's user id, the version read. */
public record ActionBody(String note, String reason, Long assignee, Long version) {}
