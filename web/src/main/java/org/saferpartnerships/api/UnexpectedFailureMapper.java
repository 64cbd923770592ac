package org.saferpartnerships.api;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.saferpartnerships.platform.ServiceException;

/**
 * Whatever no other mapper answers: the API answers in JSON, never with the HTML error page. A
 * failure to read the request (Jersey's {@link ProcessingException}) is the caller's (400);
 * anything else is ours (500, logged, with no detail for the client).
 */
@Provider
public class UnexpectedFailureMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(UnexpectedFailureMapper.class.getName());

  @Context private HttpHeaders headers;

  @Override
  public Response toResponse(Throwable failure) {
    if (failure instanceof ProcessingException) {
      return Response.status(400)
          .type(MediaType.APPLICATION_JSON_TYPE)
          .entity(
              new ErrorBody(
                  400,
                  "Bad Request",
                  ServiceException.render(ApiLanguage.of(headers), "param.unreadable")))
          .build();
    }
    LOG.log(Level.SEVERE, "Unexpected failure", failure);
    return Response.status(500)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(
            new ErrorBody(
                500,
                "Internal Server Error",
                ServiceException.render(ApiLanguage.of(headers), "server.error")))
        .build();
  }
}
