package org.saferpartnerships.casereview;

/** A letter's PDF, to download. */
public record LetterFile(String fileName, byte[] content) {}
