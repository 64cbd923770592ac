package org.saferpartnerships.api;

import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.saferpartnerships.platform.ServiceException;

/** A service that the caller's role may not use (the EJB's {@code @RolesAllowed}) answers 403. */
@Provider
public class AccessDeniedMapper implements ExceptionMapper<EJBAccessException> {

  @Context private HttpHeaders headers;

  @Override
  public Response toResponse(EJBAccessException denied) {
    return Response.status(Response.Status.FORBIDDEN)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(
            new ErrorBody(
                403,
                "Forbidden",
                ServiceException.render(ApiLanguage.of(headers), "auth.forbidden")))
        .build();
  }
}
