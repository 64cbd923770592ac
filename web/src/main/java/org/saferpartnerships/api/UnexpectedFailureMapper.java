package org.saferpartnerships.api;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

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
      return ErrorBody.response(400, "Bad Request", headers, "param.unreadable");
    }
    LOG.log(Level.SEVERE, "Unexpected failure", failure);
    return ErrorBody.response(500, "Internal Server Error", headers, "server.error");
  }
}
