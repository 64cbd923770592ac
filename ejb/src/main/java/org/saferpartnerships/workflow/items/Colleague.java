package org.saferpartnerships.workflow.items;

/** Someone an item can be assigned to: an enabled user of the holding organisation. */
public record Colleague(long id, String displayName) implements java.io.Serializable {}
