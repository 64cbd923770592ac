package org.saferpartnerships.partnership.directory;

import java.io.Serializable;

/** A CSP for a drop-down: its area id (for the caller's scope), code and names. */
public record CspName(long id, String code, String name, String nameCy) implements Serializable {}
