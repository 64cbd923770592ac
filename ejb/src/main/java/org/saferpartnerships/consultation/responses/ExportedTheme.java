package org.saferpartnerships.consultation.responses;

/** A theme code any analyst gave a written answer, in the export. */
public record ExportedTheme(long answerId, String code) {}
