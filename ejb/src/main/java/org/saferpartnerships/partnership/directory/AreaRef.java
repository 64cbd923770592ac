package org.saferpartnerships.partnership.directory;

/** A GSS-coded area by code and its English and Welsh names (Welsh may be null). */
public record AreaRef(String code, String name, String nameCy) implements java.io.Serializable {}
