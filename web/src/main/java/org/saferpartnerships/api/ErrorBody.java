package org.saferpartnerships.api;

/**
 * The body of every API error: the HTTP status, its reason, a sentence for a person and, when one
 * part of the request is at fault, its name ({@code hateRelated}, {@code themes[2].passage}, a
 * query parameter), so a client can point at it.
 */
public record ErrorBody(int status, String error, String message, String field) {

  public ErrorBody(int status, String error, String message) {
    this(status, error, message, null);
  }
}
