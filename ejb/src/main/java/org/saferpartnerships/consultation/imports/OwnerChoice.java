package org.saferpartnerships.consultation.imports;

/** An organisation the caller may run a consultation for. */
public record OwnerChoice(long id, String name, String nameCy) implements java.io.Serializable {}
