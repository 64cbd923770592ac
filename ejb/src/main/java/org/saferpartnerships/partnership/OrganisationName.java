package org.saferpartnerships.partnership;

/** An organisation by id, with its English and Welsh names, for choosing one on a form. */
public record OrganisationName(long id, String name, String nameCy)
    implements java.io.Serializable {}
