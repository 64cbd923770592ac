package org.saferpartnerships.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;
import org.saferpartnerships.platform.errors.PlainText;

/**
 * Refuses, with a 400 naming the parameter, a query or path parameter holding a character the
 * {@link PlainText} rule forbids, before any resource sees it. Bodies are checked by {@link
 * JsonBodyGuard}.
 */
@Provider
public class ParameterTextFilter implements ContainerRequestFilter {

  @Override
  public void filter(ContainerRequestContext request) {
    check(request.getUriInfo().getQueryParameters());
    check(request.getUriInfo().getPathParameters());
  }

  private static void check(MultivaluedMap<String, String> parameters) {
    for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
      String name = parameter.getKey();
      if (!PlainText.isAllowed(name)) {
        throw InvalidParameterException.of(
            "query", "body.forbiddenCharacter", "query", describe(name));
      }
      for (String value : parameter.getValue()) {
        if (!PlainText.isAllowed(value)) {
          throw InvalidParameterException.of(
              name, "body.forbiddenCharacter", name, describe(value));
        }
      }
    }
  }

  private static String describe(String text) {
    return PlainText.describe(text, PlainText.firstForbidden(text));
  }
}
