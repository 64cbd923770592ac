package org.saferpartnerships.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A parameter a resource could not accept (a page size out of range, an unknown country). */
@Provider
public class BadRequestMapper implements ExceptionMapper<IllegalArgumentException> {

  @Context private HttpHeaders headers;

  @Override
  public Response toResponse(IllegalArgumentException invalid) {
    return ErrorBody.response(400, "Bad Request", headers, "param.unreadable");
  }
}
