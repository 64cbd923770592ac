package org.saferpartnerships.submission;

import java.io.Serializable;

/** An area's code and names, for choices and headings. */
public record AreaName(String code, String name, String nameCy) implements Serializable {}
