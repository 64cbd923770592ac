package org.saferpartnerships.api;

import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A service that the caller's role may not use (the EJB's {@code @RolesAllowed}) answers 403. */
@Provider
public class AccessDeniedMapper implements ExceptionMapper<EJBAccessException> {

  @Context private HttpHeaders headers;

  @Override
  public Response toResponse(EJBAccessException denied) {
    return ErrorBody.response(403, "Forbidden", headers, "auth.forbidden");
  }
}
