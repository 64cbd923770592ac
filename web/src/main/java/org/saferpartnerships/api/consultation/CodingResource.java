package org.saferpartnerships.api.consultation;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.saferpartnerships.api.Enums;
import org.saferpartnerships.api.InvalidParameterException;
import org.saferpartnerships.api.PageResponse;
import org.saferpartnerships.api.Params;
import org.saferpartnerships.consultation.coding.AnswerCoding;
import org.saferpartnerships.consultation.coding.CodingFilter;
import org.saferpartnerships.consultation.coding.CodingRequest;
import org.saferpartnerships.consultation.coding.CodingService;
import org.saferpartnerships.consultation.responses.AnswerLine;
import org.saferpartnerships.platform.persistence.PageRequest;

/**
 * Coding a consultation's written answers: the answers to code, and each analyst's coding of one.
 */
@Path("v1/consultations/{id}/answers")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Consultations")
public class CodingResource {

  @EJB private CodingService coding;

  @GET
  @Operation(
      summary =
          "Written answers, paged: by question, respondent category and theme; filter is ALL,"
              + " NOT_CODED_BY_ME, CODED_BY_ME or DOUBLE_CODED; q holds words and \"quoted"
              + " phrases\", all of which an answer must contain")
  public PageResponse<AnswerLine> answers(
      @PathParam("id") String id,
      @QueryParam("question") String question,
      @QueryParam("filter") String filter,
      @QueryParam("q") String search,
      @QueryParam("category") String category,
      @QueryParam("theme") String theme,
      @QueryParam("page") @DefaultValue("0") String page,
      @QueryParam("size") @DefaultValue("25") String size) {
    PageRequest request = Params.page(page, size, null, null);
    return PageResponse.of(
        coding.answers(
            Params.pathId(id),
            Params.id("question", question),
            filter == null || filter.isBlank()
                ? CodingFilter.ALL
                : Enums.parse(CodingFilter.class, "filter", filter),
            search,
            Params.id("category", category),
            Params.id("theme", theme),
            request),
        request);
  }

  @GET
  @Path("{answerId}/coding")
  @Operation(
      summary =
          "An answer with the caller's coding; the other analysts' only once the caller has coded"
              + " it")
  public AnswerCoding coding(@PathParam("id") String id, @PathParam("answerId") String answerId) {
    return coding.coding(Params.pathId(id), Params.id("answerId", answerId));
  }

  @PUT
  @Path("{answerId}/coding")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Save the caller's coding (no themes: nothing fits); version is their earlier coding's,"
              + " left out the first time")
  public AnswerCoding code(
      @PathParam("id") String id, @PathParam("answerId") String answerId, CodingBody body) {
    Params.required(body);
    return coding.code(
        Params.pathId(id),
        Params.id("answerId", answerId),
        new CodingRequest(
            body.themes() == null
                ? null
                : body.themes().stream()
                    .map(
                        t -> {
                          if (t == null || t.themeId() == null) {
                            throw new InvalidParameterException("themeId", "");
                          }
                          return new CodingRequest.ThemeGiven(t.themeId(), t.passage());
                        })
                    .toList(),
            body.note(),
            body.version()));
  }

  /** A coding. */
  public record CodingBody(List<GivenBody> themes, String note, Long version) {}

  /** A theme given with its passage. */
  public record GivenBody(Long themeId, String passage) {}
}
