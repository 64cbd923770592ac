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

  /** The JSON answer with this status, reason and the message of a key in the caller's language. */
  static jakarta.ws.rs.core.Response response(
      int status, String error, jakarta.ws.rs.core.HttpHeaders headers, String key) {
    return jakarta.ws.rs.core.Response.status(status)
        .type(jakarta.ws.rs.core.MediaType.APPLICATION_JSON_TYPE)
        .entity(
            new ErrorBody(
                status,
                error,
                org.saferpartnerships.platform.errors.ServiceException.render(
                    ApiLanguage.of(headers), key)))
        .build();
  }
}
