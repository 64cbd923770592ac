package org.saferpartnerships.partnership.registry;

import java.io.Serializable;

/** An area's code and names, for choices and headings. */
public record AreaName(String code, String name, String nameCy) implements Serializable {}
