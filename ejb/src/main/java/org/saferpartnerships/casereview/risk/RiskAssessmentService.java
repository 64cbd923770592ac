package org.saferpartnerships.casereview.risk;

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
import java.util.HashMap;
import java.util.Map;
import org.saferpartnerships.audit.AuditAction;
import org.saferpartnerships.audit.AuditLog;
import org.saferpartnerships.casereview.CaseAccess;
import org.saferpartnerships.casereview.CaseReview;
import org.saferpartnerships.casereview.CaseReviewService;
import org.saferpartnerships.casereview.CaseState;
import org.saferpartnerships.identity.CallerScope;
import org.saferpartnerships.identity.Role;
import org.saferpartnerships.platform.errors.ConflictException;
import org.saferpartnerships.platform.errors.ServiceException;
import org.saferpartnerships.workflow.sla.CalendarService;
import org.saferpartnerships.workflow.sla.SlaPolicyService;

/**
 * The risk and vulnerability assessment of a case. The answers to the form in force for the case's
 * CSP today are scored; the band of the total sets the case's priority and the SLA policy its
 * threshold decision runs under, and while that decision is still to be made, its deadline, counted
 * from the day the application was received. The case page prompts a reassessment each time the
 * case moves to another stage.
 */
@Stateless
@RolesAllowed(Role.Names.CSP_COORDINATOR)
public class RiskAssessmentService {

  @PersistenceContext private EntityManager em;

  @Inject private Clock clock;

  @Inject private CallerScope caller;

  @EJB private CaseAccess access;

  @EJB private RiskFormService forms;

  @EJB private SlaPolicyService slaPolicies;

  @EJB private CalendarService calendar;

  @EJB private AuditLog audit;

  /** The case's risk: what its latest assessment set, the form to answer now, and the history. */
  public CaseRisk risk(String reference) {
    CaseReview review = access.visible(reference);
    RiskForm form = forms.inForce(review.getCsp(), LocalDate.now(clock));
    var assessments =
        em.createQuery(
                "SELECT a FROM CaseRiskAssessment a WHERE a.caseReview = :review"
                    + " ORDER BY a.assessedAt DESC, a.id DESC",
                CaseRiskAssessment.class)
            .setParameter("review", review)
            .setHint("eclipselink.batch.type", "IN")
            .setHint("eclipselink.batch", "a.band")
            .setHint("eclipselink.batch", "a.answers")
            .setHint("eclipselink.batch", "a.answers.question")
            .setHint("eclipselink.batch", "a.answers.option")
            .getResultList();
    // the assessments (and their absence) are about a person: every read is audited
    access.recordView(review, "risk assessments");
    return new CaseRisk(
        review.getReference(),
        review.getState(),
        review.getVersion(),
        review.getPriority(),
        review.getSlaPolicyCode(),
        review.getDecisionDueOn(),
        review.reassessmentDue(),
        review.getAssessedStage(),
        forms.view(form),
        assessments.stream().map(RiskAssessmentLine::of).toList());
  }

  /** Records an assessment of a case; returns its id. */
  public long assess(String reference, @NotNull @Valid RiskAssessmentRequest request) {
    CaseReview review = access.visible(reference);
    if (review.getVersion() != request.version()) {
      throw new ConflictException("stale.caseReview", review.getReference());
    }
    if (review.getState() == CaseState.CLOSED || review.getAnonymisedAt() != null) {
      throw new ServiceException("riskAssessment.closed", review.getReference());
    }
    Map<Long, Long> answers = new HashMap<>();
    for (RiskAssessmentRequest.Answer answer : request.answers()) {
      if (answers.put(answer.questionId(), answer.optionId()) != null) {
        throw new ServiceException("riskAssessment.twice", answer.questionId());
      }
    }
    LocalDate today = LocalDate.now(clock);
    RiskForm form = forms.inForce(review.getCsp(), today);
    RiskScoring.Result result = form.scoring().score(answers);
    RiskBand band =
        form.getBands().stream()
            .filter(b -> b.getMinScore() == result.band().minScore())
            .findFirst()
            .orElseThrow();
    LocalDate due =
        slaPolicies
            .current(band.getSlaPolicyCode())
            .terms()
            .dueOn(review.getReceivedOn(), calendar.calendar());
    Instant now = clock.instant();
    CaseRiskAssessment assessment =
        new CaseRiskAssessment(
            review, form, band, result.score(), request.note(), today, now, caller.username());
    for (RiskQuestion question : form.getQuestions()) {
      long optionId = answers.get(question.getId());
      RiskOption option =
          question.getOptions().stream()
              .filter(o -> o.getId() == optionId)
              .findFirst()
              .orElseThrow();
      assessment.answer(question, option);
    }
    em.persist(assessment);
    review.assessed(band.terms(), due, now);
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw new ConflictException("stale.caseReview", review.getReference());
    }
    audit.record(
        caller.username(),
        AuditAction.UPDATE,
        CaseReviewService.SUBJECT,
        review.getReference(),
        review.getCsp().getId(),
        "risk assessed: " + result.score() + " (" + band.getPriority() + ")");
    return assessment.getId();
  }
}
