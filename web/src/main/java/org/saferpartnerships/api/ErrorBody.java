package org.saferpartnerships.api;

/** The body of every API error: the HTTP status, its reason and a sentence for a person. */
public record ErrorBody(int status, String error, String message) {}
