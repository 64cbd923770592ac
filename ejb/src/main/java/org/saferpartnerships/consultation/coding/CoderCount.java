package org.saferpartnerships.consultation.coding;

/** How many analysts have coded an answer. */
public record CoderCount(long answerId, long coders) {}
