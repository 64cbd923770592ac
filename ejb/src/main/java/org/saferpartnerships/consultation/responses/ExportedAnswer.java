package org.saferpartnerships.consultation.responses;

/** One answer in the export: an option's label, or the text written. */
public record ExportedAnswer(
    long answerId, long responseId, long questionId, String optionLabel, String text) {}
