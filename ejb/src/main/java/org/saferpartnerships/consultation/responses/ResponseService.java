package org.saferpartnerships.consultation.responses;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.saferpartnerships.audit.AuditAction;
import org.saferpartnerships.audit.AuditLog;
import org.saferpartnerships.consultation.Consultation;
import org.saferpartnerships.consultation.ConsultationQuestion;
import org.saferpartnerships.consultation.ConsultationRepository;
import org.saferpartnerships.consultation.QuestionKind;
import org.saferpartnerships.consultation.QuestionOption;
import org.saferpartnerships.consultation.RespondentCategory;
import org.saferpartnerships.identity.CallerScope;
import org.saferpartnerships.identity.Role;
import org.saferpartnerships.platform.errors.ConflictException;
import org.saferpartnerships.platform.errors.ServiceException;

/** Responses typed in by staff from letters and e-mails: checked as strictly as imported ones. */
@Stateless
@RolesAllowed({Role.Names.HOME_OFFICE_ANALYST, Role.Names.PCC_REVIEWER, Role.Names.ADMIN})
public class ResponseService {

  /** What the audit log calls a response. */
  public static final String SUBJECT = "CONSULTATION_RESPONSE";

  @PersistenceContext private EntityManager em;

  @Inject private Clock clock;

  @Inject private CallerScope caller;

  @EJB private ConsultationRepository consultations;

  @EJB private AuditLog audit;

  public long recordLetter(long consultationId, @NotNull @Valid LetterResponseRequest request) {
    Consultation consultation = consultations.visible(consultationId);
    String reference = Consultation.blankToNull(request.reference());
    if (reference != null
        && !em.createQuery(
                "SELECT r.id FROM ConsultationResponse r WHERE r.consultation = :c"
                    + " AND r.reference = :ref",
                Long.class)
            .setParameter("c", consultation)
            .setParameter("ref", reference)
            .getResultList()
            .isEmpty()) {
      throw new ConflictException("response.reference.taken", reference);
    }
    RespondentCategory category = null;
    if (request.categoryId() != null) {
      category =
          consultation.getCategories().stream()
              .filter(c -> c.getId().equals(request.categoryId()))
              .findFirst()
              .orElseThrow(() -> new ServiceException("response.category.unknown"));
    }
    ConsultationResponse response =
        new ConsultationResponse(
            consultation,
            reference,
            category,
            Consultation.blankToNull(request.organisation()),
            request.receivedOn(),
            clock.instant(),
            caller.username());
    Set<Long> answered = new HashSet<>();
    for (LetterResponseRequest.AnswerTerms answer : request.answers()) {
      ConsultationQuestion question =
          consultation.getQuestions().stream()
              .filter(q -> q.getId() == answer.questionId())
              .findFirst()
              .orElseThrow(() -> new ServiceException("response.question.unknown"));
      if (!answered.add(question.getId())) {
        throw new ServiceException("response.question.twice", question.getCode());
      }
      addAnswer(response, question, answer);
    }
    if (response.getAnswers().isEmpty()) {
      throw new ServiceException("response.noAnswers");
    }
    em.persist(response);
    em.flush();
    audit.record(
        caller.username(),
        AuditAction.CREATE,
        SUBJECT,
        String.valueOf(response.getId()),
        null,
        "consultation " + consultationId + ", by letter");
    return response.getId();
  }

  private static void addAnswer(
      ConsultationResponse response,
      ConsultationQuestion question,
      LetterResponseRequest.AnswerTerms answer) {
    if (question.getKind() == QuestionKind.FREE_TEXT) {
      if (!answer.optionIds().isEmpty()) {
        throw new ServiceException("response.options.notClosed", question.getCode());
      }
      Optional.ofNullable(Consultation.blankToNull(answer.text()))
          .ifPresent(text -> response.add(question, null, text));
      return;
    }
    if (answer.text() != null && !answer.text().isBlank()) {
      throw new ServiceException("response.text.closed", question.getCode());
    }
    List<Long> chosen = answer.optionIds().stream().distinct().toList();
    if (chosen.size() > 1 && !question.getKind().manyAnswers()) {
      throw new ServiceException("import.option.onlyOne", question.getCode());
    }
    for (Long optionId : chosen) {
      QuestionOption option =
          question.getOptions().stream()
              .filter(o -> o.getId().equals(optionId))
              .findFirst()
              .orElseThrow(
                  () -> new ServiceException("response.option.unknown", question.getCode()));
      response.add(question, option, null);
    }
  }
}
