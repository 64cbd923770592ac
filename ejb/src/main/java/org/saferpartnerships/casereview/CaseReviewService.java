package org.saferpartnerships.casereview;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.saferpartnerships.audit.AuditAction;
import org.saferpartnerships.audit.AuditLog;
import org.saferpartnerships.casereview.complaints.CaseComplaint;
import org.saferpartnerships.casereview.complaints.ComplaintRequest;
import org.saferpartnerships.casereview.letters.CaseMessage;
import org.saferpartnerships.casereview.letters.CaseMessageKind;
import org.saferpartnerships.casereview.letters.LetterKind;
import org.saferpartnerships.casereview.letters.LetterService;
import org.saferpartnerships.casereview.review.ApplicationSharing;
import org.saferpartnerships.casereview.review.CaseInformationRequest;
import org.saferpartnerships.casereview.review.CaseRecommendation;
import org.saferpartnerships.casereview.review.EscalationRequest;
import org.saferpartnerships.casereview.review.EscalationSender;
import org.saferpartnerships.casereview.review.InformationRequestWorkflow;
import org.saferpartnerships.casereview.review.RecommendationRequest;
import org.saferpartnerships.casereview.review.RecommendationWorkflow;
import org.saferpartnerships.casereview.risk.RiskBandTerms;
import org.saferpartnerships.casereview.risk.RiskFormService;
import org.saferpartnerships.casereview.threshold.ThresholdDecision;
import org.saferpartnerships.casereview.threshold.ThresholdOutcome;
import org.saferpartnerships.casereview.threshold.ThresholdRoute;
import org.saferpartnerships.casereview.threshold.ThresholdRule;
import org.saferpartnerships.casereview.threshold.ThresholdRuleService;
import org.saferpartnerships.casereview.threshold.ThresholdView;
import org.saferpartnerships.identity.CallerScope;
import org.saferpartnerships.identity.Role;
import org.saferpartnerships.partnership.registry.Area;
import org.saferpartnerships.partnership.registry.AreaRepository;
import org.saferpartnerships.platform.errors.ConflictException;
import org.saferpartnerships.platform.errors.NotFoundException;
import org.saferpartnerships.platform.errors.ServiceException;
import org.saferpartnerships.workflow.engine.Priority;
import org.saferpartnerships.workflow.items.OpenRequest;
import org.saferpartnerships.workflow.items.WorkItemService;
import org.saferpartnerships.workflow.routing.TargetBody;
import org.saferpartnerships.workflow.sla.CalendarService;
import org.saferpartnerships.workflow.sla.SlaPolicyService;

/**
 * The use cases that change a case review: an application (from the public form, or recorded by a
 * coordinator), a complaint linked to it, its acknowledgement and its threshold decision. Each is
 * one transaction and writes the audit log with it; a refused call changes nothing.
 */
@Stateless
public class CaseReviewService {

  /** What the audit log calls a case review. */
  public static final String SUBJECT = "CASE_REVIEW";

  @PersistenceContext private EntityManager em;

  @Inject private Clock clock;

  @Inject private CallerScope caller;

  @EJB private AreaRepository areas;

  @EJB private ThresholdRuleService rules;

  @EJB private CaseAccess access;

  @EJB private AuditLog audit;

  @EJB private CaseReviewRepository repository;

  @EJB private WorkItemService workItems;

  @EJB private LetterService letters;

  @EJB private EscalationSender escalations;

  @EJB private ApplicationSharing sharing;

  @EJB private RiskFormService riskForms;

  @EJB private SlaPolicyService slaPolicies;

  @EJB private CalendarService calendar;

  /** An application through the public form: received today, online. Returns its reference. */
  @PermitAll
  public String applyOnline(@NotNull @Valid Application application) {
    if (application.channel() != Channel.ONLINE) {
      throw new ServiceException("caseReview.channel.online");
    }
    return create(
        application, areas.csp(application.cspCode()), LocalDate.now(clock), AuditLog.PUBLIC);
  }

  /** An application a coordinator received by phone, letter, e-mail or in person. */
  @RolesAllowed(Role.Names.CSP_COORDINATOR)
  public String record(@NotNull @Valid Application application) {
    if (application.channel() == Channel.ONLINE) {
      throw new ServiceException("caseReview.channel.staff");
    }
    Area csp = areas.csp(application.cspCode());
    if (!access.visibleCsps().contains(csp.getId())) {
      throw new NotFoundException("notFound.csp", csp.getGssCode());
    }
    LocalDate today = LocalDate.now(clock);
    LocalDate received = application.receivedOn() == null ? today : application.receivedOn();
    if (received.isAfter(today)) {
      throw new ServiceException("caseReview.receivedOn.future");
    }
    return create(application, csp, received, caller.username());
  }

  @RolesAllowed(Role.Names.CSP_COORDINATOR)
  public long addComplaint(String reference, @NotNull @Valid ComplaintRequest request) {
    CaseReview review = access.visible(reference);
    if (!review.getState().awaitsDecision()) {
      throw new ServiceException("complaint.afterDecision", review.getReference());
    }
    LocalDate today = LocalDate.now(clock);
    if (request.incidentDate().isAfter(today) || request.reportedOn().isAfter(today)) {
      throw new ServiceException("complaint.future");
    }
    Instant now = clock.instant();
    CaseComplaint complaint = new CaseComplaint(review, request, now, caller.username());
    em.persist(complaint);
    review.touch(now);
    flush(review);
    audited(review, AuditAction.UPDATE, "complaint " + complaint.getId() + " added");
    return complaint.getId();
  }

  @RolesAllowed(Role.Names.CSP_COORDINATOR)
  public void acknowledge(String reference, long version) {
    CaseReview review = current(reference, version);
    if (review.getState() != CaseState.RECEIVED) {
      throw new ServiceException("caseReview.acknowledged", review.getReference());
    }
    review.acknowledge(clock.instant());
    flush(review);
    letters.issue(review, LetterKind.ACKNOWLEDGEMENT, clock.instant(), caller.username());
    audited(review, AuditAction.UPDATE, "acknowledged");
  }

  /**
   * Records the threshold decision: met when the complaints meet the rule in force on the day the
   * application was received; met by discretion only where that rule allows it and a senior officer
   * is named with reasons; otherwise not met, with the reasons computed.
   */
  @RolesAllowed(Role.Names.CSP_COORDINATOR)
  public ThresholdOutcome decideThreshold(
      String reference, @NotNull @Valid ThresholdDecision decision) {
    CaseReview review = current(reference, decision.version());
    if (!review.getState().awaitsDecision()) {
      throw new ServiceException("caseReview.decided", review.getReference());
    }
    ThresholdView threshold = repository.threshold(review);
    ThresholdOutcome outcome = threshold.met() ? ThresholdOutcome.MET : ThresholdOutcome.NOT_MET;
    ThresholdRoute route = threshold.route();
    String discretionBy = null;
    String discretionReason = null;
    if (!threshold.met() && decision.discretionary()) {
      if (!threshold.terms().discretionAllowed()) {
        throw new ServiceException("thresholdDecision.discretion.notAllowed");
      }
      outcome = ThresholdOutcome.MET;
      route = ThresholdRoute.DISCRETION;
      discretionBy = decision.decidedBy().trim();
      discretionReason = decision.reason().trim();
    }
    Instant now = clock.instant();
    review.decideThreshold(
        outcome,
        route,
        threshold.qualifying(),
        LocalDate.now(clock),
        caller.username(),
        discretionBy,
        discretionReason,
        now);
    flush(review);
    letters.issue(
        review, LetterKind.THRESHOLD_DECISION, now, caller.username(), threshold.complaints());
    audited(
        review,
        AuditAction.UPDATE,
        "threshold " + outcome + (route == null ? "" : " (" + route + ")"));
    return outcome;
  }

  /**
   * Arranges the review meeting of a case whose threshold is met, and sends each taking part an
   * information request routed to its queue, if the coordinator asks for them.
   */
  @RolesAllowed(Role.Names.CSP_COORDINATOR)
  public void scheduleReview(String reference, @NotNull @Valid ReviewPlan plan) {
    CaseReview review = current(reference, plan.version());
    if (review.getState() != CaseState.THRESHOLD_MET) {
      throw new ServiceException("review.notMet", review.getReference());
    }
    if (plan.meetingOn().isBefore(LocalDate.now(clock))) {
      throw new ServiceException("review.meetingOn.past");
    }
    Instant now = clock.instant();
    List<TargetBody> bodies = plan.bodies().stream().sorted().toList();
    review.scheduleReview(
        plan.meetingOn(),
        bodies,
        plan.independentChair(),
        plan.victimInvolvement(),
        LocalDate.now(clock),
        now);
    flush(review);
    if (plan.requestInformation()) {
      for (TargetBody body : bodies) {
        long item =
            workItems.open(
                new OpenRequest(
                    InformationRequestWorkflow.TYPE,
                    review.getCsp().getGssCode(),
                    "Information for ASB case review " + review.getReference(),
                    plan.informationNeeded(),
                    body,
                    review.getPriority().atLeast(Priority.HIGH),
                    review.getReference(),
                    plan.meetingOn().isAfter(LocalDate.now(clock)) ? plan.meetingOn() : null));
        em.persist(new CaseInformationRequest(review, body, item, now, caller.username()));
      }
    }
    em.flush();
    audited(review, AuditAction.UPDATE, "review scheduled for " + plan.meetingOn());
  }

  @RolesAllowed(Role.Names.CSP_COORDINATOR)
  public void recordReview(String reference, @NotNull @Valid ReviewRecord record) {
    CaseReview review = current(reference, record.version());
    if (review.getState() != CaseState.REVIEW_SCHEDULED) {
      throw new ServiceException("review.notScheduled", review.getReference());
    }
    if (record.heldOn().isAfter(LocalDate.now(clock))) {
      throw new ServiceException("review.heldOn.future");
    }
    if (record.heldOn().isBefore(review.getReceivedOn())) {
      throw new ServiceException("review.heldOn.beforeApplication", review.getReceivedOn());
    }
    LocalDate arranged = review.getMeeting().getReviewArrangedOn();
    if (arranged != null && record.heldOn().isBefore(arranged)) {
      throw new ServiceException("review.heldOn.beforeArranged", arranged);
    }
    review.recordReview(record.heldOn(), record.summary(), clock.instant());
    flush(review);
    audited(review, AuditAction.UPDATE, "review held on " + record.heldOn());
  }

  /**
   * Adds a recommendation of the review, routed as a work item to the body it names, due on the day
   * the review set.
   */
  @RolesAllowed(Role.Names.CSP_COORDINATOR)
  public long addRecommendation(String reference, @NotNull @Valid RecommendationRequest request) {
    CaseReview review = current(reference, request.version());
    if (review.getState() != CaseState.REVIEW_HELD && review.getState() != CaseState.MONITORING) {
      throw new ServiceException("recommendation.notHeld", review.getReference());
    }
    if (!request.dueOn().isAfter(LocalDate.now(clock))) {
      throw new ServiceException("recommendation.dueOn.past");
    }
    Instant now = clock.instant();
    int seq = review.addRecommendation(now);
    flush(review);
    long item =
        workItems.open(
            new OpenRequest(
                RecommendationWorkflow.TYPE,
                review.getCsp().getGssCode(),
                "Recommendation " + seq + " of ASB case review " + review.getReference(),
                request.text().trim(),
                request.targetBody(),
                review.getPriority(),
                review.getReference(),
                request.dueOn()));
    CaseRecommendation recommendation =
        new CaseRecommendation(review, seq, request, item, now, caller.username());
    em.persist(recommendation);
    em.flush();
    audited(review, AuditAction.UPDATE, "recommendation " + seq + " to " + request.targetBody());
    return recommendation.getId();
  }

  /**
   * Closes a case once its review is held and every recommendation has had its body's response (or
   * once its threshold was found not met), recording the reason explained to the victim.
   */
  @RolesAllowed(Role.Names.CSP_COORDINATOR)
  public void close(String reference, @NotNull @Valid Closure closure) {
    CaseReview review = current(reference, closure.version());
    boolean notMet = review.getState() == CaseState.THRESHOLD_NOT_MET;
    if (!notMet
        && review.getState() != CaseState.REVIEW_HELD
        && review.getState() != CaseState.MONITORING) {
      throw new ServiceException("closure.notYet", review.getReference());
    }
    long unanswered =
        em.createQuery(
                "SELECT COUNT(r) FROM CaseRecommendation r WHERE r.caseReview = :review"
                    + " AND r.response IS NULL",
                Long.class)
            .setParameter("review", review)
            .getSingleResult();
    if (unanswered > 0) {
      throw new ServiceException("closure.unanswered", unanswered);
    }
    review.close(LocalDate.now(clock), closure.reason(), clock.instant());
    flush(review);
    if (!notMet) {
      // a case whose threshold was not met had its reasons in the decision letter
      letters.issue(review, LetterKind.OUTCOME, clock.instant(), caller.username());
    }
    audited(review, AuditAction.UPDATE, "closed");
  }

  /**
   * Sends an applicant's request for review to the policing body in force for the area today, as a
   * work item routed to its case review queue; its outcome comes back to the case. Once per case,
   * after the threshold was found not met or the case was closed.
   */
  @RolesAllowed(Role.Names.CSP_COORDINATOR)
  public void requestEscalation(String reference, @NotNull @Valid EscalationRequest request) {
    escalations.send(current(reference, request.version()), request.grounds(), caller.username());
  }

  private String create(Application application, Area csp, LocalDate received, String by) {
    Instant now = clock.instant();
    ThresholdRule rule = rules.inForce(csp, received);
    // until it is assessed, a case runs under the lowest band of its CSP's risk form
    RiskBandTerms band = riskForms.inForce(csp, received).scoring().band(0);
    LocalDate due =
        slaPolicies.current(band.slaPolicyCode()).terms().dueOn(received, calendar.calendar());
    CaseReview review = new CaseReview(application, csp, received, rule, band, due, now, by);
    review.nameSocialLandlord(sharing.landlord(csp, application.socialLandlordId()));
    em.persist(review);
    em.flush();
    review.assignReference();
    sharing.share(review, AuditLog.PUBLIC.equals(by));
    String email = application.correspondentEmail();
    if (application.channel() == Channel.ONLINE && email != null && !email.isBlank()) {
      em.persist(new CaseMessage(review, CaseMessageKind.APPLICATION_RECEIVED, email.trim(), now));
    }
    em.flush();
    audit.record(
        by,
        AuditAction.CREATE,
        SUBJECT,
        review.getReference(),
        csp.getId(),
        application.channel().name());
    return review.getReference();
  }

  private CaseReview current(String reference, long version) {
    CaseReview review = access.visible(reference);
    if (review.getVersion() != version) {
      throw new ConflictException("stale.caseReview", review.getReference());
    }
    return review;
  }

  private void flush(CaseReview review) {
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw new ConflictException("stale.caseReview", review.getReference());
    }
  }

  /** Writes the caller's change to the case in the audit log. */
  private void audited(CaseReview review, AuditAction action, String detail) {
    audit.record(
        caller.username(), action, SUBJECT, review.getReference(), review.getCsp().getId(), detail);
  }
}
