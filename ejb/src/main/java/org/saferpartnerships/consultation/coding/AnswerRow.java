package org.saferpartnerships.consultation.coding;

/** A written answer as the coding list reads it: its id, its question's code and its text. */
public record AnswerRow(long id, String questionCode, String text) {}
