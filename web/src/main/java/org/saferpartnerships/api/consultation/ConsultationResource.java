package org.saferpartnerships.api.consultation;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.saferpartnerships.api.Enums;
import org.saferpartnerships.api.FileTransfer;
import org.saferpartnerships.api.InvalidParameterException;
import org.saferpartnerships.api.PageResponse;
import org.saferpartnerships.api.Params;
import org.saferpartnerships.consultation.ConsultationRequest;
import org.saferpartnerships.consultation.ConsultationService;
import org.saferpartnerships.consultation.ConsultationSummary;
import org.saferpartnerships.consultation.ConsultationView;
import org.saferpartnerships.consultation.QuestionKind;
import org.saferpartnerships.consultation.QuestionRequest;
import org.saferpartnerships.consultation.imports.OwnerChoice;
import org.saferpartnerships.consultation.reports.ConsultationReport;
import org.saferpartnerships.consultation.reports.ReportService;
import org.saferpartnerships.consultation.reports.Tallies;
import org.saferpartnerships.consultation.reports.TallyService;
import org.saferpartnerships.platform.persistence.PageRequest;
import org.saferpartnerships.web.Language;
import org.saferpartnerships.web.consultation.ReportPdf;

/**
 * Consultations for Home Office analysts, PCC offices and administrators: set one up, add
 * questions, count the closed answers and read the summary report; responses, imports, themes,
 * coding, suggestions, campaigns, agreement and discovery each have their own resource below {@code
 * {id}}. A consultation of an organisation the caller does not act for answers 404.
 */
@Path("v1/consultations")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Consultations")
public class ConsultationResource {

  @EJB private ConsultationService consultations;

  @EJB private TallyService tallies;

  @EJB private ReportService reports;

  @GET
  @Operation(summary = "Consultations the caller can see, closing latest first; q searches titles")
  public PageResponse<ConsultationSummary> list(
      @QueryParam("page") @DefaultValue("0") String page,
      @QueryParam("size") @DefaultValue("25") String size,
      @QueryParam("sort") String sort,
      @QueryParam("direction") String direction,
      @QueryParam("q") String search) {
    PageRequest request = Params.page(page, size, sort, direction);
    return PageResponse.of(consultations.page(request, search), request);
  }

  @GET
  @Path("owners")
  @Operation(summary = "The organisations the caller may run a consultation for")
  public List<OwnerChoice> owners() {
    return consultations.owners();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Set up a consultation; without categories it counts respondents by the usual ones (PCC,"
              + " CSP, local authority, police, fire, health, voluntary, business, public, other)")
  public Response create(NewConsultation body) {
    Params.required(body);
    long id =
        consultations.create(
            new ConsultationRequest(
                body.titleEn(),
                body.titleCy(),
                body.summary(),
                body.ownerId(),
                Params.date("opensOn", body.opensOn()),
                Params.date("closesOn", body.closesOn()),
                Boolean.TRUE.equals(body.asksOrganisation()),
                body.categories() == null
                    ? null
                    : body.categories().stream()
                        .map(
                            c ->
                                c == null
                                    ? null
                                    : new ConsultationRequest.CategoryTerms(
                                        c.code(), c.labelEn(), c.labelCy()))
                        .toList(),
                body.questions() == null
                    ? null
                    : body.questions().stream().map(ConsultationResource::question).toList()));
    return Response.status(Response.Status.CREATED).entity(consultations.view(id)).build();
  }

  private static QuestionRequest question(QuestionBody q) {
    if (q == null) {
      return null;
    }
    return new QuestionRequest(
        q.code(),
        q.textEn(),
        q.textCy(),
        Enums.parse(QuestionKind.class, "kind", q.kind()),
        q.options() == null
            ? null
            : q.options().stream()
                .map(o -> o == null ? null : new QuestionKind.Label(o.labelEn(), o.labelCy()))
                .toList());
  }

  @GET
  @Path("{id}")
  @Operation(summary = "A consultation with its questions, options and respondent categories")
  public ConsultationView get(@PathParam("id") String id) {
    return consultations.view(Params.pathId(id));
  }

  @POST
  @Path("{id}/questions")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Add a question at the end; version is the consultation's as last read")
  public ConsultationView addQuestion(@PathParam("id") String id, NewQuestion body) {
    if (body == null || body.version() == null) {
      throw new InvalidParameterException("version", "");
    }
    return consultations.addQuestion(
        Params.pathId(id),
        body.version(),
        question(
            new QuestionBody(
                body.code(), body.textEn(), body.textCy(), body.kind(), body.options())));
  }

  @GET
  @Path("{id}/tallies")
  @Operation(
      summary = "Counts and shares of each closed question's options, overall and by category")
  public Tallies tallies(@PathParam("id") String id) {
    return tallies.tallies(Params.pathId(id));
  }

  @GET
  @Path("{id}/report")
  @Operation(
      summary =
          "The summary report: each question's tallies or themes (counts, shares, anonymised"
              + " quotes, follow-ups) and campaign groups, and how campaigns were handled")
  public ConsultationReport report(@PathParam("id") String id) {
    return reports.report(Params.pathId(id));
  }

  @GET
  @Path("{id}/report.pdf")
  @Produces("application/pdf")
  @Operation(summary = "The summary report as a printable PDF, in English or Welsh (lang=cy)")
  public Response reportPdf(@PathParam("id") String id, @QueryParam("lang") String lang) {
    Locale locale = "cy".equals(lang) ? Language.WELSH : Locale.UK;
    byte[] pdf = ReportPdf.render(reports.report(Params.pathId(id)), locale);
    return FileTransfer.attachment(
        pdf, "application/pdf", "consultation-" + Params.pathId(id) + "-report.pdf");
  }

  /** A new consultation. */
  public record NewConsultation(
      String titleEn,
      String titleCy,
      String summary,
      Long ownerId,
      String opensOn,
      String closesOn,
      Boolean asksOrganisation,
      List<CategoryBody> categories,
      List<QuestionBody> questions) {}

  /** A respondent category. */
  public record CategoryBody(String code, String labelEn, String labelCy) {}

  /** A question; kind is SINGLE_CHOICE, MULTIPLE_CHOICE, AGREE_SCALE, YES_NO or FREE_TEXT. */
  public record QuestionBody(
      String code, String textEn, String textCy, String kind, List<OptionBody> options) {}

  /** A question added to a consultation read at a version. */
  public record NewQuestion(
      Long version,
      String code,
      String textEn,
      String textCy,
      String kind,
      List<OptionBody> options) {}

  /** An option of a choice question. */
  public record OptionBody(String labelEn, String labelCy) {}
}
