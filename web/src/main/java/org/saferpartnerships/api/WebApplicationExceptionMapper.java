package org.saferpartnerships.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.saferpartnerships.platform.errors.ServiceException;

/**
 * JAX-RS's own errors (an unknown path, a wrong method, a body of the wrong type, a bad parameter)
 * as the same JSON error body as every other error.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  @Context private HttpHeaders headers;

  @Override
  public Response toResponse(WebApplicationException exception) {
    Response original = exception.getResponse();
    int status = original.getStatus();
    String reason =
        Response.Status.fromStatusCode(status) == null
            ? "Error"
            : Response.Status.fromStatusCode(status).getReasonPhrase();
    String message =
        switch (status) {
          case 403 -> ServiceException.render(ApiLanguage.of(headers), "auth.forbidden");
          case 404 -> ServiceException.render(ApiLanguage.of(headers), "notFound.path");
          case 405 -> ServiceException.render(ApiLanguage.of(headers), "method.notAllowed");
          case 415 -> ServiceException.render(ApiLanguage.of(headers), "media.unsupported");
          default -> reason;
        };
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(new ErrorBody(status, reason, message))
        .build();
  }
}
