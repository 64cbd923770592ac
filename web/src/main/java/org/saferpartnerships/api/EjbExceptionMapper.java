package org.saferpartnerships.api;

import jakarta.ejb.EJBException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.saferpartnerships.platform.errors.Violations;

/**
 * A service call that failed as a system exception. The container wraps a service parameter's
 * validation failure this way: that is the caller's mistake (400). Anything else is ours (500,
 * logged, with no detail for the client).
 */
@Provider
public class EjbExceptionMapper implements ExceptionMapper<EJBException> {

  private static final Logger LOG = Logger.getLogger(EjbExceptionMapper.class.getName());

  @Context private HttpHeaders headers;

  @Override
  public Response toResponse(EJBException failure) {
    var invalid = Violations.find(failure);
    if (invalid.isPresent()) {
      return ValidationMapper.response(invalid.get(), headers);
    }
    LOG.log(Level.SEVERE, "Service failure", failure);
    return ErrorBody.response(500, "Internal Server Error", headers, "server.error");
  }
}
