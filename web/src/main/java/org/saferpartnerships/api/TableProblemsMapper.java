package org.saferpartnerships.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import org.saferpartnerships.platform.files.TableReadException;

/** A file that is not a readable table: 422 with every problem by row and column. */
@Provider
public class TableProblemsMapper implements ExceptionMapper<TableReadException> {

  @Context private HttpHeaders headers;

  /** The error body with the problems. */
  public record Body(
      int status, String error, String message, List<TableReadException.Told> problems) {}

  @Override
  public Response toResponse(TableReadException refusal) {
    Locale locale = ApiLanguage.of(headers);
    return Response.status(422)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(
            new Body(
                422,
                "Unprocessable Content",
                refusal.message(locale),
                TableReadException.tell(refusal.problems(), locale)))
        .build();
  }
}
