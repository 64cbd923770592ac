package org.saferpartnerships.api.submission;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.saferpartnerships.api.Enums;
import org.saferpartnerships.api.FileTransfer;
import org.saferpartnerships.api.InvalidParameterException;
import org.saferpartnerships.api.ListDownload;
import org.saferpartnerships.api.Params;
import org.saferpartnerships.platform.persistence.PageRequest;
import org.saferpartnerships.submission.DocumentFile;
import org.saferpartnerships.submission.NewSubmission;
import org.saferpartnerships.submission.SubmissionDetail;
import org.saferpartnerships.submission.SubmissionFilter;
import org.saferpartnerships.submission.SubmissionReader;
import org.saferpartnerships.submission.SubmissionService;
import org.saferpartnerships.submission.SubmissionState;
import org.saferpartnerships.submission.SubmissionType;
import org.saferpartnerships.submission.VersionContent;
import org.saferpartnerships.submission.due.DueView;
import org.saferpartnerships.submission.due.SubmissionCalendar;
import org.saferpartnerships.submission.review.CheckAnswer;
import org.saferpartnerships.submission.review.SubmissionReviewService;
import org.saferpartnerships.web.submission.SubmissionColumns;
import org.saferpartnerships.web.tables.Columns;

/**
 * Submissions from CSPs to their policing body: the list (scoped as the UI: a coordinator's CSPs, a
 * reviewer's force area), one with its versions and review, starting and editing one, its
 * documents, and the actions of the submission and its review. The yearly calendar of due dates
 * lives here too. A submission the caller may not see answers 404.
 */
@Path("v1/submissions")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Submissions", description = "What CSPs send their policing body, and its review")
public class SubmissionResource {

  @EJB private SubmissionService service;

  @EJB private SubmissionReviewService review;

  @EJB private SubmissionReader reader;

  @EJB private SubmissionCalendar calendar;

  @Context private UriInfo uri;

  @GET
  @Produces({MediaType.APPLICATION_JSON, ListDownload.CSV, ListDownload.XLSX, ListDownload.ODS})
  @Operation(
      summary =
          "The submissions the caller may see, newest first; with format=csv, xlsx or ods every"
              + " matching submission as a file")
  public Response list(
      @Parameter(description = "CSP code, e.g. E22000013") @QueryParam("csp") String csp,
      @Parameter(description = "Police force area code, e.g. E23000023") @QueryParam("pfa")
          String pfa,
      @Parameter(description = "ANNUAL_REPORT, PARTNERSHIP_PLAN…") @QueryParam("type") String type,
      @Parameter(description = "Financial year by its first year: 2026 is 2026–27")
          @QueryParam("year")
          String year,
      @Parameter(description = "DRAFT, SUBMITTED, IN_REVIEW, RETURNED, SIGNED_OFF, WITHDRAWN")
          @QueryParam("state")
          String state,
      @QueryParam("page") @DefaultValue("0") String page,
      @QueryParam("size") @DefaultValue("50") String size,
      @Parameter(description = "id (default), year, type, state, csp, submitted, updated")
          @QueryParam("sort")
          String sort,
      @QueryParam("dir") String direction,
      @Parameter(
              description =
                  "overdue or next_30_days: only those still to send (drafts and returned) whose"
                      + " due date has passed or comes in the next 30 days")
          @QueryParam("due")
          String due,
      @Parameter(description = "json (default), csv, xlsx or ods") @QueryParam("format")
          String format) {
    PageRequest request = Params.page(page, size, sort, direction);
    SubmissionFilter filter =
        new SubmissionFilter(
            Params.code(csp),
            Params.code(pfa),
            Enums.parse(SubmissionType.class, "type", type),
            Params.optionalInteger("year", year),
            Enums.parse(SubmissionState.class, "state", state),
            Enums.parse(SubmissionFilter.Due.class, "due", due));
    return ListDownload.answer(
        format,
        "submissions",
        "Submissions",
        SubmissionColumns.of(Columns.Words.CODES),
        request,
        each -> reader.list(filter, each));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Start a submission (a draft) for a CSP the coordinator acts for")
  public Response create(SubmissionBodies.Create body) {
    Params.required(body);
    long id =
        service.create(
            new NewSubmission(
                body.csp(),
                Enums.parse(SubmissionType.class, "type", body.type()),
                body.year() == null ? 0 : body.year(),
                body.title(),
                body.grant(),
                body.request()));
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(id)).build())
        .entity(reader.detail(id))
        .build();
  }

  @GET
  @Path("{id: [0-9]+}")
  @Operation(summary = "One submission with its versions, documents and review")
  public SubmissionDetail get(@PathParam("id") String id) {
    return reader.detail(Params.id("id", id));
  }

  @PUT
  @Path("{id: [0-9]+}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Save the title and the version being prepared; 409 if it changed since")
  public SubmissionDetail edit(@PathParam("id") String id, SubmissionBodies.Edit body) {
    long submission = Params.id("id", id);
    if (body == null || body.version() == null) {
      throw new InvalidParameterException("version", "");
    }
    service.edit(
        submission,
        body.version(),
        body.title(),
        new VersionContent(
            Params.date("periodFrom", body.periodFrom()),
            Params.date("periodTo", body.periodTo()),
            body.summary(),
            body.priorities(),
            body.measures()));
    return reader.detail(submission);
  }

  @POST
  @Path("{id: [0-9]+}/documents")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(
      summary = "Add a document (PDF, .docx or .odt, up to 10 MB) to the version being prepared")
  public Response upload(@PathParam("id") String id, List<EntityPart> parts) throws IOException {
    long submission = Params.id("id", id);
    long document = service.upload(submission, FileTransfer.upload(parts));
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(document)).build())
        .entity(reader.detail(submission))
        .build();
  }

  @GET
  @Path("{id: [0-9]+}/documents/{document}")
  @Produces(MediaType.WILDCARD)
  @Operation(summary = "Download a document of any version")
  public Response download(@PathParam("id") String id, @PathParam("document") String document) {
    DocumentFile file = reader.document(Params.id("id", id), Params.id("document", document));
    return FileTransfer.attachment(file.content(), file.contentType(), file.fileName());
  }

  @DELETE
  @Path("{id: [0-9]+}/documents/{document}")
  @Operation(summary = "Remove a document from the version being prepared")
  public SubmissionDetail remove(
      @PathParam("id") String id, @PathParam("document") String document) {
    long submission = Params.id("id", id);
    service.removeDocument(submission, Params.id("document", document));
    return reader.detail(submission);
  }

  @POST
  @Path("{id: [0-9]+}/actions/{action}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "submit, withdraw (reason) by the CSP; claim, answer (check, answer, note), feedback"
              + " (text), recommend (text, dueOn), sign-off, return (reason) by the reviewer."
              + " Answers the submission as it now is; 409 if it changed since the version sent")
  public Response act(
      @PathParam("id") String id,
      @PathParam("action") String action,
      SubmissionBodies.Action body) {
    long submission = Params.id("id", id);
    SubmissionBodies.Action given =
        body == null ? new SubmissionBodies.Action(null, null, null, null, null, null, null) : body;
    String name = action.trim().toLowerCase(Locale.ROOT).replace('_', '-');
    switch (name) {
      case "submit" -> service.submit(submission, version(given));
      case "withdraw" -> service.withdraw(submission, version(given), given.reason());
      case "claim" -> review.claim(submission, version(given));
      case "answer" -> {
        if (given.check() == null) {
          throw new InvalidParameterException("check", "");
        }
        CheckAnswer answer = Enums.parse(CheckAnswer.class, "answer", given.answer());
        if (answer == null) {
          throw new InvalidParameterException("answer", "");
        }
        review.answer(submission, given.check(), answer, given.note());
      }
      case "feedback" -> review.feedback(submission, version(given), given.text());
      case "recommend" -> {
        long recommendation =
            review.recommend(submission, given.text(), Params.date("dueOn", given.dueOn()));
        return Response.status(Response.Status.CREATED)
            .header("X-Recommendation", recommendation)
            .entity(reader.detail(submission))
            .build();
      }
      case "sign-off" -> review.signOff(submission, version(given));
      case "return" -> review.returnForChanges(submission, version(given), given.reason());
      default -> throw new InvalidParameterException("action", action);
    }
    return Response.ok(reader.detail(submission)).build();
  }

  @GET
  @Path("calendar/{pfa}/{year}")
  @Operation(summary = "When each kind of submission is due from the CSPs of a force area")
  public List<DueView> dues(@PathParam("pfa") String pfa, @PathParam("year") String year) {
    return calendar.dues(Params.code(pfa), year(year));
  }

  @PUT
  @Path("calendar/{pfa}/{year}/{type}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Set or move a due date (the policing body's reviewers)")
  public List<DueView> setDue(
      @PathParam("pfa") String pfa,
      @PathParam("year") String year,
      @PathParam("type") String type,
      SubmissionBodies.Due body) {
    int financialYear = year(year);
    SubmissionType kind = Enums.parse(SubmissionType.class, "type", type);
    LocalDate dueOn = body == null ? null : Params.date("dueOn", body.dueOn());
    calendar.setDue(
        Params.code(pfa), kind, financialYear, dueOn, body == null ? null : body.version());
    return calendar.dues(Params.code(pfa), financialYear);
  }

  @DELETE
  @Path("calendar/{pfa}/{year}/{type}")
  @Operation(summary = "Take a kind of submission off the year's calendar")
  public List<DueView> removeDue(
      @PathParam("pfa") String pfa,
      @PathParam("year") String year,
      @PathParam("type") String type) {
    int financialYear = year(year);
    calendar.removeDue(
        Params.code(pfa), Enums.parse(SubmissionType.class, "type", type), financialYear);
    return calendar.dues(Params.code(pfa), financialYear);
  }

  private static int year(String value) {
    Integer year = Params.optionalInteger("year", value);
    if (year == null) {
      throw new InvalidParameterException("year", "");
    }
    return year;
  }

  private static long version(SubmissionBodies.Action body) {
    if (body.version() == null) {
      throw new InvalidParameterException("version", "");
    }
    return body.version();
  }
}
