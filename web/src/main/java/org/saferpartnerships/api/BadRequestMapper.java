package org.saferpartnerships.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.saferpartnerships.platform.ServiceException;

/** A parameter a resource could not accept (a page size out of range, an unknown country). */
@Provider
public class BadRequestMapper implements ExceptionMapper<IllegalArgumentException> {

  @Context private HttpHeaders headers;

  @Override
  public Response toResponse(IllegalArgumentException invalid) {
    return Response.status(Response.Status.BAD_REQUEST)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(
            new ErrorBody(
                400,
                "Bad Request",
                ServiceException.render(ApiLanguage.of(headers), "param.unreadable")))
        .build();
  }
}
