package org.saferpartnerships.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.saferpartnerships.platform.errors.ConflictException;
import org.saferpartnerships.platform.errors.NotFoundException;
import org.saferpartnerships.platform.errors.ServiceException;

/**
 * A service's refusal as JSON: a bad part of the request is 400 (named), a use case the caller may
 * not take 403, a body too large 413, not found is 404, a clash with what is recorded 409, any
 * other rule broken 422. The message is the service's own, in the caller's language.
 */
@Provider
public class ServiceExceptionMapper implements ExceptionMapper<ServiceException> {

  @Context private HttpHeaders headers;

  @Override
  public Response toResponse(ServiceException refusal) {
    int status;
    String reason;
    String field = null;
    if (refusal instanceof InvalidParameterException invalid) {
      status = 400;
      reason = "Bad Request";
      field = invalid.field();
    } else if (refusal instanceof CrossSiteRequestFilter.CrossSiteRefused
        || refusal instanceof org.saferpartnerships.platform.errors.ForbiddenException) {
      status = 403;
      reason = "Forbidden";
    } else if (refusal instanceof PayloadTooLargeException) {
      status = 413;
      reason = "Content Too Large";
    } else if (refusal instanceof NotFoundException) {
      status = 404;
      reason = "Not Found";
    } else if (refusal instanceof ConflictException) {
      status = 409;
      reason = "Conflict";
    } else {
      status = 422;
      reason = "Unprocessable Content";
    }
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(new ErrorBody(status, reason, refusal.message(ApiLanguage.of(headers)), field))
        .build();
  }
}
