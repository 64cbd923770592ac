package org.saferpartnerships.consultation;

/** An import was mapped and queued; its job starts once that transaction has committed. */
public record ImportQueued(long importId) {}
