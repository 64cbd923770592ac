package org.saferpartnerships.api;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.saferpartnerships.platform.errors.Violations;

/**
 * A request body that breaks a validation rule: 400, every rule broken, in the caller's language.
 */
@Provider
public class ValidationMapper implements ExceptionMapper<ConstraintViolationException> {

  @Context private HttpHeaders headers;

  @Override
  public Response toResponse(ConstraintViolationException invalid) {
    return response(invalid, headers);
  }

  static Response response(ConstraintViolationException invalid, HttpHeaders headers) {
    String message = String.join(" ", Violations.messages(invalid, ApiLanguage.of(headers)));
    return Response.status(Response.Status.BAD_REQUEST)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(new ErrorBody(400, "Bad Request", message))
        .build();
  }
}
