package org.saferpartnerships.casereview.letters;

/** A letter's PDF, to download. */
public record LetterFile(String fileName, byte[] content) {}
