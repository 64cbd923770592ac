package org.saferpartnerships.api.partnership;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import org.saferpartnerships.partnership.lookup.LookupRejectedException;

/** A rejected lookup file is 422 with every problem and its line, in the caller's language. */
@Provider
public class LookupRejectedMapper implements ExceptionMapper<LookupRejectedException> {

  @Context private HttpHeaders headers;

  @Override
  public Response toResponse(LookupRejectedException rejected) {
    Locale locale =
        headers.getAcceptableLanguages().stream().anyMatch(l -> "cy".equals(l.getLanguage()))
            ? Locale.forLanguageTag("cy")
            : Locale.ENGLISH;
    var errors =
        rejected.problems().stream()
            .map(
                p ->
                    new ImportErrors.ImportError(
                        p.line() == 0 ? null : p.line(), p.message(locale)))
            .toList();
    return Response.status(422)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(new ImportErrors(errors))
        .build();
  }
}
