package org.saferpartnerships.api.consultation;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.saferpartnerships.api.ApiLanguage;
import org.saferpartnerships.api.BoundedBody;
import org.saferpartnerships.api.Enums;
import org.saferpartnerships.api.InvalidParameterException;
import org.saferpartnerships.api.PageResponse;
import org.saferpartnerships.api.Params;
import org.saferpartnerships.consultation.ConsultationRequest;
import org.saferpartnerships.consultation.ConsultationService;
import org.saferpartnerships.consultation.ConsultationSummary;
import org.saferpartnerships.consultation.ConsultationView;
import org.saferpartnerships.consultation.QuestionKind;
import org.saferpartnerships.consultation.QuestionRequest;
import org.saferpartnerships.consultation.campaigns.CampaignGroupLine;
import org.saferpartnerships.consultation.campaigns.CampaignMemberLine;
import org.saferpartnerships.consultation.campaigns.CampaignRunView;
import org.saferpartnerships.consultation.campaigns.CampaignService;
import org.saferpartnerships.consultation.coding.AgreementReport;
import org.saferpartnerships.consultation.coding.AnswerCoding;
import org.saferpartnerships.consultation.coding.CodebookService;
import org.saferpartnerships.consultation.coding.CodingFilter;
import org.saferpartnerships.consultation.coding.CodingRequest;
import org.saferpartnerships.consultation.coding.CodingService;
import org.saferpartnerships.consultation.coding.ThemeRequest;
import org.saferpartnerships.consultation.coding.ThemeView;
import org.saferpartnerships.consultation.followups.FollowUpRequest;
import org.saferpartnerships.consultation.followups.FollowUpService;
import org.saferpartnerships.consultation.imports.ColumnTarget;
import org.saferpartnerships.consultation.imports.ConsultationImportService;
import org.saferpartnerships.consultation.imports.ImportMapping;
import org.saferpartnerships.consultation.imports.ImportView;
import org.saferpartnerships.consultation.imports.MappingProposal;
import org.saferpartnerships.consultation.imports.OwnerChoice;
import org.saferpartnerships.consultation.reports.ConsultationReport;
import org.saferpartnerships.consultation.reports.ReportService;
import org.saferpartnerships.consultation.reports.Tallies;
import org.saferpartnerships.consultation.reports.TallyService;
import org.saferpartnerships.consultation.responses.AnswerLine;
import org.saferpartnerships.consultation.responses.LetterResponseRequest;
import org.saferpartnerships.consultation.responses.ResponseExport;
import org.saferpartnerships.consultation.responses.ResponseService;
import org.saferpartnerships.consultation.suggestions.DiscoveryService;
import org.saferpartnerships.consultation.suggestions.DiscoveryView;
import org.saferpartnerships.consultation.suggestions.SuggestionLine;
import org.saferpartnerships.consultation.suggestions.SuggestionRunView;
import org.saferpartnerships.consultation.suggestions.SuggestionService;
import org.saferpartnerships.platform.errors.NotFoundException;
import org.saferpartnerships.platform.files.TableFormat;
import org.saferpartnerships.platform.files.TableReadException;
import org.saferpartnerships.platform.files.TableWriter;
import org.saferpartnerships.platform.persistence.PageRequest;
import org.saferpartnerships.web.Language;
import org.saferpartnerships.web.consultation.ReportPdf;
import org.saferpartnerships.workflow.routing.TargetBody;

/**
 * Consultations for Home Office analysts, PCC offices and administrators: set one up, add
 * questions, type in a response from a letter, import a file of responses (upload, map its columns,
 * start, follow), and count the closed answers. A consultation of an organisation the caller does
 * not act for answers 404.
 */
@Path("v1/consultations")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Consultations")
public class ConsultationResource {

  @EJB private ConsultationService consultations;

  @EJB private ConsultationImportService imports;

  @EJB private ResponseService responses;

  @EJB private TallyService tallies;

  @EJB private CodebookService codebook;

  @EJB private CodingService coding;

  @EJB private ResponseExport export;

  @EJB private SuggestionService suggestions;

  @EJB private CampaignService campaigns;

  @EJB private ReportService reports;

  @EJB private DiscoveryService discovery;

  @EJB private FollowUpService followUps;

  @Context private HttpHeaders headers;

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
    if (body == null) {
      throw new InvalidParameterException("body", "");
    }
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
    return consultations.view(id(id));
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
        id(id),
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
    return tallies.tallies(id(id));
  }

  @POST
  @Path("{id}/responses")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Type in a response received by letter or e-mail")
  public Response letter(@PathParam("id") String id, LetterBody body) {
    if (body == null) {
      throw new InvalidParameterException("body", "");
    }
    long responseId =
        responses.recordLetter(
            id(id),
            new LetterResponseRequest(
                body.reference(),
                body.categoryId(),
                body.organisation(),
                Params.date("receivedOn", body.receivedOn()),
                body.answers() == null
                    ? null
                    : body.answers().stream()
                        .map(
                            a ->
                                a == null || a.questionId() == null
                                    ? null
                                    : new LetterResponseRequest.AnswerTerms(
                                        a.questionId(), a.optionIds(), a.text()))
                        .toList()));
    return Response.status(Response.Status.CREATED).entity(Map.of("id", responseId)).build();
  }

  @POST
  @Path("{id}/imports")
  @Consumes({
    MediaType.APPLICATION_OCTET_STREAM,
    "text/csv",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "application/vnd.oasis.opendocument.spreadsheet"
  })
  @Operation(
      summary =
          "Upload a file of responses (CSV in UTF-8, XLSX or ODS, named by fileName); it is read"
              + " and checked as a table at once, then waits for its mapping")
  public Response upload(
      @PathParam("id") String id,
      @QueryParam("fileName") String fileName,
      @HeaderParam("Content-Length") String length,
      InputStream body)
      throws IOException {
    long limit = imports.maxBytes();
    BoundedBody.refuseDeclaredOver(length, limit);
    byte[] content = BoundedBody.read(body, (int) Math.min(limit, Integer.MAX_VALUE - 8));
    ImportView view = imports.upload(id(id), fileName, content);
    return Response.status(Response.Status.CREATED).entity(reply(view)).build();
  }

  @GET
  @Path("{id}/imports")
  @Operation(summary = "The consultation's imports, newest first")
  public List<ImportReply> imports(@PathParam("id") String id) {
    return imports.imports(id(id)).stream().map(this::reply).toList();
  }

  @GET
  @Path("{id}/imports/{importId}")
  @Operation(
      summary = "An import: its progress, and the problems of a refused file by row and column")
  public ImportReply status(@PathParam("id") String id, @PathParam("importId") String importId) {
    return reply(imports.status(id(id), Params.id("importId", importId)));
  }

  @GET
  @Path("{id}/imports/{importId}/mapping")
  @Operation(summary = "The file's columns, sample values and what each is taken to hold")
  public MappingProposal mapping(
      @PathParam("id") String id, @PathParam("importId") String importId) {
    return imports.proposal(id(id), Params.id("importId", importId));
  }

  @POST
  @Path("{id}/imports/{importId}/start")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Start the import with a mapping (column from 0, target, questionId for QUESTION, themeId"
              + " for THEME or none for a new theme named by the heading); the"
              + " mapping is remembered for the next file")
  public Response start(
      @PathParam("id") String id, @PathParam("importId") String importId, MappingBody body) {
    if (body == null || body.columns() == null || body.version() == null) {
      throw new InvalidParameterException("body", "");
    }
    ImportMapping mapping =
        new ImportMapping(
            body.columns().stream()
                .map(
                    c -> {
                      if (c == null || c.column() == null) {
                        throw new InvalidParameterException("column", "");
                      }
                      return new ImportMapping.Choice(
                          c.column(),
                          Enums.parse(ColumnTarget.class, "target", c.target()),
                          c.questionId(),
                          c.themeId());
                    })
                .toList());
    ImportView view =
        imports.start(id(id), Params.id("importId", importId), body.version(), mapping);
    return Response.accepted(reply(view)).build();
  }

  @POST
  @Path("{id}/imports/{importId}/cancel")
  @Operation(summary = "Set aside an uploaded file that has not been started")
  public ImportReply cancel(@PathParam("id") String id, @PathParam("importId") String importId) {
    return reply(imports.cancel(id(id), Params.id("importId", importId)));
  }

  @GET
  @Path("{id}/responses")
  @Produces({
    "text/csv",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "application/vnd.oasis.opendocument.spreadsheet"
  })
  @Operation(
      summary =
          "Every response with its answers and the themes of its written answers, as csv, xlsx or"
              + " ods (format); cells a spreadsheet would run as formulas are written as text")
  public Response export(@PathParam("id") String id, @QueryParam("format") String format) {
    TableFormat file = TableFormat.byExtension(format == null ? "csv" : format);
    if (file == null) {
      throw new InvalidParameterException("format", format);
    }
    long consultation = id(id);
    ConsultationView view = consultations.view(consultation);
    List<String> headings = new ArrayList<>(ResponseHeadings.FIELDS);
    view.questions().forEach(q -> headings.add(q.code() + ": " + q.textEn()));
    view.questions().stream()
        .filter(q -> !q.closed())
        .forEach(q -> headings.add(q.code() + " themes"));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    TableWriter.write(
        file,
        "Responses",
        headings,
        n -> export.rows(consultation, new PageRequest(n, 500, null, false)).items(),
        bytes);
    return Response.ok(bytes.toByteArray(), file.contentType())
        .header(
            "Content-Disposition",
            "attachment; filename=\"consultation-"
                + consultation
                + "-responses."
                + file.extension()
                + "\"")
        .build();
  }

  /** The English headings of the fixed columns of the responses export. */
  static final class ResponseHeadings {
    static final List<String> FIELDS =
        List.of("reference", "category", "organisation", "submitted_on", "channel");

    private ResponseHeadings() {}
  }

  // ---- codebook and coding --------------------------------------------------------------------

  @GET
  @Path("{id}/themes")
  @Operation(summary = "The codebook in tree order, with the answers given each theme")
  public List<ThemeView> themes(@PathParam("id") String id) {
    return codebook.codebook(id(id));
  }

  @POST
  @Path("{id}/themes")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Add a theme, at the top or under a broader one (three levels at most)")
  public Response addTheme(@PathParam("id") String id, ThemeBody body) {
    if (body == null) {
      throw new InvalidParameterException("body", "");
    }
    return Response.status(Response.Status.CREATED)
        .entity(codebook.addTheme(id(id), theme(body)))
        .build();
  }

  @PUT
  @Path("{id}/themes/{themeId}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Reword a theme's labels and definitions; version is the theme's as read")
  public ThemeView editTheme(
      @PathParam("id") String id, @PathParam("themeId") String themeId, ThemeBody body) {
    if (body == null || body.version() == null) {
      throw new InvalidParameterException("version", "");
    }
    return codebook.editTheme(id(id), Params.id("themeId", themeId), body.version(), theme(body));
  }

  private static ThemeRequest theme(ThemeBody body) {
    return new ThemeRequest(
        body.code(),
        body.labelEn(),
        body.labelCy(),
        body.definitionEn(),
        body.definitionCy(),
        body.parentId());
  }

  @GET
  @Path("{id}/answers")
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
            id(id),
            optionalId("question", question),
            filter == null || filter.isBlank()
                ? CodingFilter.ALL
                : Enums.parse(CodingFilter.class, "filter", filter),
            search,
            optionalId("category", category),
            optionalId("theme", theme),
            request),
        request);
  }

  @GET
  @Path("{id}/answers/{answerId}/coding")
  @Operation(
      summary =
          "An answer with the caller's coding; the other analysts' only once the caller has coded"
              + " it")
  public AnswerCoding coding(@PathParam("id") String id, @PathParam("answerId") String answerId) {
    return coding.coding(id(id), Params.id("answerId", answerId));
  }

  @PUT
  @Path("{id}/answers/{answerId}/coding")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Save the caller's coding (no themes: nothing fits); version is their earlier coding's,"
              + " left out the first time")
  public AnswerCoding code(
      @PathParam("id") String id, @PathParam("answerId") String answerId, CodingBody body) {
    if (body == null) {
      throw new InvalidParameterException("body", "");
    }
    return coding.code(
        id(id),
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

  @GET
  @Path("{id}/agreement")
  @Operation(
      summary =
          "Agreement of two analysts (Cohen's kappa per theme) over the answers both coded, and"
              + " the answers they coded differently; without first and second, the pair with the"
              + " most answers in common")
  public AgreementReport agreement(
      @PathParam("id") String id,
      @QueryParam("first") String first,
      @QueryParam("second") String second) {
    return coding.agreement(id(id), first, second);
  }

  @POST
  @Path("{id}/suggestions/runs")
  @Operation(
      summary =
          "Train theme suggestions on the coding so far, in the background (202); refused with"
              + " fewer than 20 coded answers or while another training runs")
  public Response train(@PathParam("id") String id) {
    return Response.accepted(suggestions.start(id(id))).build();
  }

  @GET
  @Path("{id}/suggestions/runs/latest")
  @Operation(
      summary =
          "The latest training: its state and, once done, precision, recall and F1 on the coded"
              + " answers held back (micro, macro and per theme) beside the most-frequent-themes"
              + " baseline, and the training time")
  public SuggestionRunView latestRun(@PathParam("id") String id) {
    return suggestions
        .latest(id(id))
        .orElseThrow(() -> new NotFoundException("notFound.suggestionRun", id));
  }

  @GET
  @Path("{id}/suggestions")
  @Operation(summary = "Suggestions waiting for a person, most confident first, paged")
  public PageResponse<SuggestionLine> openSuggestions(
      @PathParam("id") String id,
      @QueryParam("theme") String theme,
      @QueryParam("page") @DefaultValue("0") String page,
      @QueryParam("size") @DefaultValue("25") String size) {
    PageRequest request = Params.page(page, size, null, null);
    return PageResponse.of(suggestions.open(id(id), optionalId("theme", theme), request), request);
  }

  @POST
  @Path("{id}/suggestions/{suggestionId}/{decision: accept|reject}")
  @Operation(
      summary =
          "Accept a suggestion (the theme joins your coding of the answer) or reject it; version"
              + " is the suggestion's as read")
  public Response decide(
      @PathParam("id") String id,
      @PathParam("suggestionId") String suggestionId,
      @PathParam("decision") String decision,
      @QueryParam("version") String version) {
    Long expected = Params.id("version", version);
    if (expected == null) {
      throw new InvalidParameterException("version", "");
    }
    suggestions.decide(
        id(id), Params.id("suggestionId", suggestionId), decision.equals("accept"), expected);
    return Response.noContent().build();
  }

  @POST
  @Path("{id}/campaigns")
  @Operation(
      summary =
          "Group near-identical written answers (campaigns) at a threshold between 0.3 and 1 (the"
              + " share of word triples in common; the configured one if none), replacing the"
              + " earlier grouping; with the groups every other threshold would make")
  public CampaignRunView groupCampaigns(
      @PathParam("id") String id, @QueryParam("threshold") String threshold) {
    return campaigns.group(id(id), threshold(threshold));
  }

  @GET
  @Path("{id}/campaigns")
  @Operation(summary = "The latest campaign grouping, with its preview of other thresholds")
  public CampaignRunView latestCampaigns(@PathParam("id") String id) {
    return campaigns
        .latest(id(id))
        .orElseThrow(() -> new NotFoundException("notFound.campaignRun", id));
  }

  @GET
  @Path("{id}/campaigns/groups")
  @Operation(summary = "The latest grouping's groups, largest first, paged; of one question")
  public PageResponse<CampaignGroupLine> campaignGroups(
      @PathParam("id") String id,
      @QueryParam("question") String question,
      @QueryParam("page") @DefaultValue("0") String page,
      @QueryParam("size") @DefaultValue("25") String size) {
    PageRequest request = Params.page(page, size, null, null);
    return PageResponse.of(
        campaigns.groups(id(id), optionalId("question", question), request), request);
  }

  @GET
  @Path("{id}/campaigns/groups/{groupId}")
  @Operation(summary = "A group's answers, the template first, with what each added marked")
  public PageResponse<CampaignMemberLine> campaignMembers(
      @PathParam("id") String id,
      @PathParam("groupId") String groupId,
      @QueryParam("page") @DefaultValue("0") String page,
      @QueryParam("size") @DefaultValue("25") String size) {
    PageRequest request = Params.page(page, size, null, null);
    return PageResponse.of(
        campaigns.members(id(id), Params.id("groupId", groupId), request), request);
  }

  @GET
  @Path("{id}/discovery")
  @Operation(
      summary =
          "Candidate themes in the answers nobody has coded yet: topics (2 to 30) of one"
              + " free-text question or all, of answers in Welsh (welsh=true), in English"
              + " (welsh=false) or both, each named, with its telling words and typical answers")
  public DiscoveryView discover(
      @PathParam("id") String id,
      @QueryParam("question") String question,
      @QueryParam("topics") String topics,
      @QueryParam("welsh") String welsh) {
    return discovery.discover(
        id(id),
        optionalId("question", question),
        Params.optionalInteger("topics", topics),
        Params.optionalTruth("welsh", welsh));
  }

  @GET
  @Path("{id}/report")
  @Operation(
      summary =
          "The summary report: each question's tallies or themes (counts, shares, anonymised"
              + " quotes, follow-ups) and campaign groups, and how campaigns were handled")
  public ConsultationReport report(@PathParam("id") String id) {
    return reports.report(id(id));
  }

  @GET
  @Path("{id}/report.pdf")
  @Produces("application/pdf")
  @Operation(summary = "The summary report as a printable PDF, in English or Welsh (lang=cy)")
  public Response reportPdf(@PathParam("id") String id, @QueryParam("lang") String lang) {
    Locale locale = "cy".equals(lang) ? Language.WELSH : Locale.UK;
    byte[] pdf = ReportPdf.render(reports.report(id(id)), locale);
    return Response.ok(pdf, "application/pdf")
        .header(
            "Content-Disposition",
            "attachment; filename=\"consultation-" + id(id) + "-report.pdf\"")
        .build();
  }

  @POST
  @Path("{id}/themes/{themeId}/follow-ups")
  @Operation(
      summary =
          "Raise a follow-up of a theme (you said, we did): an action request routed to the"
              + " responsible partner of a CSP; 201 with the work item's id")
  public Response raiseFollowUp(
      @PathParam("id") String id, @PathParam("themeId") String themeId, FollowUpBody body) {
    if (body == null) {
      body = new FollowUpBody(null, null, null, null, null);
    }
    TargetBody target;
    try {
      target = body.targetBody() == null ? null : TargetBody.valueOf(body.targetBody());
    } catch (IllegalArgumentException e) {
      throw new InvalidParameterException("targetBody", body.targetBody());
    }
    long item =
        followUps.raise(
            id(id),
            Params.id("themeId", themeId),
            new FollowUpRequest(
                body.cspCode(),
                target,
                body.title(),
                body.details(),
                body.dueOn() == null ? null : Params.date("dueOn", body.dueOn())));
    return Response.status(Response.Status.CREATED)
        .entity(Json.createObjectBuilder().add("workItemId", item).build())
        .build();
  }

  /** A follow-up to raise. */
  public record FollowUpBody(
      String cspCode, String targetBody, String title, String details, String dueOn) {}

  private static Double threshold(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Double.valueOf(value.strip());
    } catch (NumberFormatException e) {
      throw new InvalidParameterException("threshold", value);
    }
  }

  /** A theme. */
  public record ThemeBody(
      Long version,
      String code,
      String labelEn,
      String labelCy,
      String definitionEn,
      String definitionCy,
      Long parentId) {}

  /** A coding. */
  public record CodingBody(List<GivenBody> themes, String note, Long version) {}

  /** A theme given with its passage. */
  public record GivenBody(Long themeId, String passage) {}

  private static Long optionalId(String name, String value) {
    return value == null || value.isBlank() ? null : Params.id(name, value);
  }

  private static long id(String value) {
    return Params.id("id", value);
  }

  private ImportReply reply(ImportView view) {
    return new ImportReply(
        view.id(),
        view.fileName(),
        view.format(),
        view.fileSize(),
        view.state().name(),
        view.rowCount(),
        view.rowsDone(),
        view.percent(),
        view.responsesAdded(),
        view.responsesKnown(),
        view.createdBy(),
        view.createdAt() == null ? null : view.createdAt().toString(),
        view.finishedAt() == null ? null : view.finishedAt().toString(),
        view.version(),
        TableReadException.tell(view.problems(), ApiLanguage.of(headers)));
  }

  /** An import as the API shows it. */
  public record ImportReply(
      long id,
      String fileName,
      String format,
      long fileSize,
      String state,
      int rowCount,
      int rowsDone,
      int percent,
      int responsesAdded,
      int responsesKnown,
      String createdBy,
      String createdAt,
      String finishedAt,
      long version,
      List<TableReadException.Told> problems) {}

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

  /** A response typed in. */
  public record LetterBody(
      String reference,
      Long categoryId,
      String organisation,
      String receivedOn,
      List<AnswerBody> answers) {}

  /** An answer: options chosen, or text. */
  public record AnswerBody(Long questionId, List<Long> optionIds, String text) {}

  /** The mapping of an import. */
  public record MappingBody(Long version, List<ColumnBody> columns) {}

  /** What one column holds. */
  public record ColumnBody(Integer column, String target, Long questionId, Long themeId) {}
}
