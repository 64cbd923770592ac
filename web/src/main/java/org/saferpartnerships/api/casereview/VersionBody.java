package org.saferpartnerships.api.casereview;

/** The version of the case the caller saw, for actions that carry nothing else. */
public record VersionBody(Long version) {}
