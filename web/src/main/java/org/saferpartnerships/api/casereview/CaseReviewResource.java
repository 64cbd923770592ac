package org.saferpartnerships.api.casereview;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.saferpartnerships.api.Enums;
import org.saferpartnerships.api.FileTransfer;
import org.saferpartnerships.api.InvalidParameterException;
import org.saferpartnerships.api.ListDownload;
import org.saferpartnerships.api.Params;
import org.saferpartnerships.casereview.Application;
import org.saferpartnerships.casereview.CaseFilter;
import org.saferpartnerships.casereview.CaseReviewDetail;
import org.saferpartnerships.casereview.CaseReviewRepository;
import org.saferpartnerships.casereview.CaseReviewService;
import org.saferpartnerships.casereview.CaseState;
import org.saferpartnerships.casereview.Channel;
import org.saferpartnerships.casereview.Closure;
import org.saferpartnerships.casereview.ContactMethod;
import org.saferpartnerships.casereview.DecisionDue;
import org.saferpartnerships.casereview.ReviewPlan;
import org.saferpartnerships.casereview.ReviewRecord;
import org.saferpartnerships.casereview.complaints.ComplaintAgency;
import org.saferpartnerships.casereview.complaints.ComplaintRequest;
import org.saferpartnerships.casereview.letters.LetterFile;
import org.saferpartnerships.casereview.review.EscalationRequest;
import org.saferpartnerships.casereview.review.RecommendationRequest;
import org.saferpartnerships.casereview.risk.CaseRisk;
import org.saferpartnerships.casereview.risk.RiskAssessmentRequest;
import org.saferpartnerships.casereview.risk.RiskAssessmentService;
import org.saferpartnerships.casereview.threshold.ThresholdDecision;
import org.saferpartnerships.casereview.threshold.ThresholdView;
import org.saferpartnerships.casereview.victims.VictimInvolvement;
import org.saferpartnerships.casereview.victims.VictimType;
import org.saferpartnerships.platform.persistence.PageRequest;
import org.saferpartnerships.web.casereview.CaseReviewColumns;
import org.saferpartnerships.web.tables.Columns;
import org.saferpartnerships.workflow.engine.Priority;
import org.saferpartnerships.workflow.routing.TargetBody;

/**
 * ASB case reviews, for the coordinators of their CSP: applications received by staff, the list,
 * one case (its personal data; each read is audited), complaints, the computed threshold and the
 * threshold decision. A case outside the caller's sight answers 404.
 */
@Path("v1/case-reviews")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Case reviews", description = "ASB case reviews (ASBCPA 2014 s104)")
public class CaseReviewResource {

  @EJB private CaseReviewService service;

  @EJB private CaseReviewRepository cases;

  @Context private UriInfo uri;

  @EJB private RiskAssessmentService risk;

  @GET
  @Produces({MediaType.APPLICATION_JSON, ListDownload.CSV, ListDownload.XLSX, ListDownload.ODS})
  @Operation(
      summary =
          "The case reviews of the caller's CSPs, newest first, without personal data; with"
              + " format=csv, xlsx or ods every matching case as a file")
  public Response list(
      @Parameter(description = "CSP code, e.g. E22000013") @QueryParam("csp") String csp,
      @Parameter(description = "received, acknowledged, threshold_met, threshold_not_met")
          @QueryParam("state")
          String state,
      @QueryParam("receivedFrom") String from,
      @QueryParam("receivedTo") String to,
      @Parameter(description = "The start of a reference, e.g. CR2026") @QueryParam("reference")
          String reference,
      @Parameter(description = "low, normal, high, urgent: as the latest risk assessment set")
          @QueryParam("priority")
          String priority,
      @Parameter(
              description =
                  "overdue or this_week: only cases whose threshold decision is still to make and"
                      + " due in that window")
          @QueryParam("decision")
          String decision,
      @QueryParam("page") @DefaultValue("0") String page,
      @QueryParam("size") @DefaultValue("50") String size,
      @Parameter(description = "received (default), reference, state, csp, priority, due")
          @QueryParam("sort")
          String sort,
      @QueryParam("dir") String direction,
      @Parameter(description = "json (default), csv, xlsx or ods") @QueryParam("format")
          String format) {
    PageRequest request = Params.page(page, size, sort, direction);
    CaseFilter filter =
        new CaseFilter(
            Params.code(csp),
            Enums.parse(CaseState.class, "state", state),
            Params.date("receivedFrom", from),
            Params.date("receivedTo", to),
            reference == null || reference.isBlank() ? null : reference.trim(),
            Enums.parse(Priority.class, "priority", priority),
            Enums.parse(DecisionDue.class, "decision", decision));
    return ListDownload.answer(
        format,
        "case-reviews",
        "Case reviews",
        CaseReviewColumns.of(Columns.Words.CODES),
        request,
        each -> cases.list(filter, each));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Record an application received by phone, letter, e-mail or in person (the public apply"
              + " online through the form)")
  public Response record(ApplicationBody body) {
    Params.required(body);
    String reference = service.record(application(body));
    return Response.created(uri.getAbsolutePathBuilder().path(reference).build())
        .entity(cases.detail(reference, "api"))
        .build();
  }

  @GET
  @Path("{ref}")
  @Operation(summary = "One case review with its personal data (the read is audited)")
  public CaseReviewDetail get(@PathParam("ref") String reference) {
    return cases.detail(reference, "api");
  }

  @POST
  @Path("{ref}/complaints")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Link a complaint; answers the threshold as now computed")
  public Response addComplaint(@PathParam("ref") String reference, ComplaintBody body) {
    Params.required(body);
    long id =
        service.addComplaint(
            reference,
            new ComplaintRequest(
                Params.date("incidentDate", body.incidentDate()),
                Params.date("reportedOn", body.reportedOn()),
                Enums.parse(ComplaintAgency.class, "agency", body.agency()),
                body.agencyReference(),
                body.reporter(),
                body.location(),
                Boolean.TRUE.equals(body.hateRelated()),
                Boolean.TRUE.equals(body.separateIncident()),
                body.summary()));
    return Response.status(Response.Status.CREATED)
        .entity(Map.of("id", id, "threshold", cases.threshold(reference)))
        .build();
  }

  @GET
  @Path("{ref}/threshold")
  @Operation(
      summary =
          "The threshold computed under the rule in force on the day the application was"
              + " received, with the reason for each complaint")
  public ThresholdView threshold(@PathParam("ref") String reference) {
    return cases.threshold(reference);
  }

  @POST
  @Path("{ref}/acknowledge")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Record that the application was acknowledged; 409 if the case changed")
  public CaseReviewDetail acknowledge(@PathParam("ref") String reference, VersionBody body) {
    service.acknowledge(reference, version(body == null ? null : body.version()));
    return cases.detail(reference, "api");
  }

  @POST
  @Path("{ref}/threshold-decision")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Decide the threshold: as computed, or met by discretion (where the rule allows) with"
              + " the senior officer and reason; 409 if the case changed")
  public CaseReviewDetail decide(@PathParam("ref") String reference, DecisionBody body) {
    Params.required(body);
    service.decideThreshold(
        reference,
        new ThresholdDecision(
            version(body.version()),
            Boolean.TRUE.equals(body.discretionary()),
            body.decidedBy(),
            body.reason()));
    return cases.detail(reference, "api");
  }

  @POST
  @Path("{ref}/review-plan")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Arrange the review meeting of a case whose threshold is met; optionally send each body"
              + " taking part an information request routed to its queue")
  public CaseReviewDetail scheduleReview(
      @PathParam("ref") String reference, ReviewBodies.Plan body) {
    Params.required(body);
    Set<TargetBody> bodies = new LinkedHashSet<>();
    if (body.bodies() != null) {
      body.bodies().forEach(name -> bodies.add(Enums.parse(TargetBody.class, "bodies", name)));
    }
    bodies.remove(null);
    service.scheduleReview(
        reference,
        new ReviewPlan(
            version(body.version()),
            Params.date("meetingOn", body.meetingOn()),
            bodies,
            body.independentChair(),
            Enums.parse(VictimInvolvement.class, "victimInvolvement", body.victimInvolvement()),
            Boolean.TRUE.equals(body.requestInformation()),
            body.informationNeeded()));
    return cases.detail(reference, "api");
  }

  @POST
  @Path("{ref}/review")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Record that the review meeting was held, and what it found")
  public CaseReviewDetail recordReview(@PathParam("ref") String reference, ReviewBodies.Held body) {
    Params.required(body);
    service.recordReview(
        reference,
        new ReviewRecord(
            version(body.version()), Params.date("heldOn", body.heldOn()), body.summary()));
    return cases.detail(reference, "api");
  }

  @POST
  @Path("{ref}/recommendations")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Add a recommendation of the review: a work item routed to the body it names, due on"
              + " the date given; the body's response comes back to the case")
  public Response addRecommendation(
      @PathParam("ref") String reference, ReviewBodies.Recommendation body) {
    Params.required(body);
    service.addRecommendation(
        reference,
        new RecommendationRequest(
            version(body.version()),
            Enums.parse(TargetBody.class, "body", body.body()),
            body.text(),
            Params.date("dueOn", body.dueOn())));
    return Response.status(Response.Status.CREATED).entity(cases.detail(reference, "api")).build();
  }

  @POST
  @Path("{ref}/close")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Close the case once every recommendation has its body's response, with the reason"
              + " explained to the victim")
  public CaseReviewDetail close(@PathParam("ref") String reference, ReviewBodies.Close body) {
    Params.required(body);
    service.close(reference, new Closure(version(body.version()), body.reason()));
    return cases.detail(reference, "api");
  }

  @POST
  @Path("{ref}/escalation")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Send the applicant's request for review to the policing body in force for the area, as"
              + " a work item to its case review queue; its outcome comes back to the case")
  public CaseReviewDetail escalate(
      @PathParam("ref") String reference, ReviewBodies.Escalation body) {
    Params.required(body);
    service.requestEscalation(
        reference, new EscalationRequest(version(body.version()), body.grounds()));
    return cases.detail(reference, "api");
  }

  @GET
  @Path("{ref}/risk")
  @Operation(
      summary =
          "The case's risk and vulnerability: the priority and decision deadline its latest"
              + " assessment set, whether a reassessment is due, the form to answer, and the"
              + " assessments so far")
  public CaseRisk risk(@PathParam("ref") String reference) {
    return risk.risk(reference);
  }

  @POST
  @Path("{ref}/risk-assessments")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Assess the case's risk: one option for each question of the form in force; the band"
              + " of the total sets the priority and the threshold decision's SLA policy")
  public Response assess(@PathParam("ref") String reference, AssessmentBody body) {
    if (body == null || body.answers() == null) {
      throw new InvalidParameterException("body", "");
    }
    risk.assess(
        reference,
        new RiskAssessmentRequest(
            body.version() == null ? -1 : body.version(),
            body.answers().stream()
                .map(
                    a ->
                        a == null || a.questionId() == null || a.optionId() == null
                            ? null
                            : new RiskAssessmentRequest.Answer(a.questionId(), a.optionId()))
                .toList(),
            body.note()));
    return Response.status(Response.Status.CREATED).entity(risk.risk(reference)).build();
  }

  /** An assessment: the option chosen for each question of the form in force. */
  public record AssessmentBody(Long version, java.util.List<AnswerBody> answers, String note) {}

  /** One answer. */
  public record AnswerBody(Long questionId, Long optionId) {}

  @GET
  @Path("{ref}/letters/{id}")
  @Produces("application/pdf")
  @Operation(
      summary = "A letter sent to the applicant, as the PDF that was sent (the read is audited)")
  public Response letter(@PathParam("ref") String reference, @PathParam("id") String id) {
    Long letterId = Params.id("id", id);
    LetterFile file = cases.letter(reference, letterId == null ? -1 : letterId);
    return FileTransfer.attachment(file.content(), "application/pdf", file.fileName());
  }

  private static long version(Long version) {
    if (version == null) {
      throw new InvalidParameterException("version", "");
    }
    return version;
  }

  static Application application(ApplicationBody body) {
    return new Application(
        body.csp(),
        Enums.parse(Channel.class, "channel", body.channel()),
        Params.date("receivedOn", body.receivedOn()),
        Enums.parse(VictimType.class, "victimType", body.victimType()),
        body.victimName(),
        body.contactName(),
        body.victimEmail(),
        body.victimPhone(),
        body.address(),
        body.postcode(),
        !Boolean.FALSE.equals(body.applicantIsVictim()),
        body.applicantName(),
        body.applicantRelationship(),
        body.applicantEmail(),
        body.applicantPhone(),
        Boolean.TRUE.equals(body.victimConsent()),
        body.language() == null ? "en" : body.language().trim().toLowerCase(java.util.Locale.ROOT),
        Enums.parse(ContactMethod.class, "contactMethod", body.contactMethod()),
        body.accessibilityNeeds(),
        body.description(),
        body.location(),
        Boolean.TRUE.equals(body.hateRelated()),
        body.socialLandlordId(),
        Boolean.TRUE.equals(body.contactSharingConsent()));
  }
}
