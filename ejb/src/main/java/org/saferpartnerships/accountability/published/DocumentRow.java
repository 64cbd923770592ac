package org.saferpartnerships.accountability.published;

/** A document of a published report's last version sent. */
public record DocumentRow(long reportId, long id, String fileName, long sizeBytes) {}
