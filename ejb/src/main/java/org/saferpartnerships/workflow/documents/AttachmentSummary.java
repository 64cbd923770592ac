package org.saferpartnerships.workflow.documents;

import java.time.Instant;

/** An attachment as listed on an item: never its bytes. */
public record AttachmentSummary(
    long id, String fileName, String contentType, long size, Instant uploadedAt, String uploadedBy)
    implements java.io.Serializable {}
