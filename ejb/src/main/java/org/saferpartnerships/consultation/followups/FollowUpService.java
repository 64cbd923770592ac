package org.saferpartnerships.consultation.followups;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.saferpartnerships.audit.AuditAction;
import org.saferpartnerships.audit.AuditLog;
import org.saferpartnerships.consultation.ConsultationRepository;
import org.saferpartnerships.consultation.coding.Theme;
import org.saferpartnerships.identity.CallerScope;
import org.saferpartnerships.identity.Role;
import org.saferpartnerships.platform.errors.NotFoundException;
import org.saferpartnerships.platform.errors.ServiceException;
import org.saferpartnerships.platform.persistence.SqlValues;
import org.saferpartnerships.workflow.engine.ActionRequestWorkflow;
import org.saferpartnerships.workflow.engine.Priority;
import org.saferpartnerships.workflow.items.OpenRequest;
import org.saferpartnerships.workflow.items.WorkItemRepository;
import org.saferpartnerships.workflow.items.WorkItemService;

/**
 * "You said, we did": from a theme of a consultation, a follow-up raised as an action request
 * routed (by the routing rules, as any work item) to the responsible partner of a CSP; and each
 * theme's follow-ups with their state and outcome, for the report.
 */
@Stateless
@RolesAllowed({Role.Names.HOME_OFFICE_ANALYST, Role.Names.PCC_REVIEWER})
public class FollowUpService {

  /** What the audit log calls a follow-up. */
  public static final String SUBJECT = "THEME_FOLLOW_UP";

  @PersistenceContext private EntityManager em;

  @Inject private Clock clock;

  @Inject private CallerScope caller;

  @EJB private ConsultationRepository consultations;

  @EJB private WorkItemService workItems;

  @EJB private WorkItemRepository itemReads;

  @EJB private AuditLog audit;

  /**
   * Raises a follow-up of the theme as a work item routed to the partner; refused, changing
   * nothing, if the theme is not the consultation's or the request is incomplete. Returns the work
   * item's id.
   */
  public long raise(long consultationId, long themeId, FollowUpRequest request) {
    consultations.visible(consultationId);
    Theme theme = em.find(Theme.class, themeId);
    if (theme == null || !theme.getConsultation().getId().equals(consultationId)) {
      throw new NotFoundException("notFound.theme", themeId);
    }
    if (request == null || request.cspCode() == null || request.cspCode().isBlank()) {
      throw new ServiceException("followUp.csp.required");
    }
    if (request.targetBody() == null) {
      throw new ServiceException("followUp.targetBody.required");
    }
    String title = request.title() == null ? "" : request.title().strip();
    if (title.isEmpty() || title.length() > 200) {
      throw new ServiceException("followUp.title", 200);
    }
    if (request.details() != null && request.details().length() > 4000) {
      throw new ServiceException("followUp.details", 4000);
    }
    String details =
        (request.details() == null || request.details().isBlank()
                ? ""
                : request.details().strip() + "\n\n")
            + "Consultation theme "
            + theme.getCode()
            + ": "
            + theme.getLabelEn();
    long itemId =
        workItems.openFollowUp(
            new OpenRequest(
                ActionRequestWorkflow.TYPE,
                request.cspCode(),
                title,
                details.length() > 4000 ? details.substring(0, 4000) : details,
                request.targetBody(),
                Priority.NORMAL,
                "consultation " + consultationId + " " + theme.getCode(),
                request.dueOn()));
    Instant now = clock.instant();
    String me = caller.username();
    em.persist(new ThemeFollowUp(consultationId, themeId, itemId, me, now));
    audit.record(
        me,
        AuditAction.CREATE,
        SUBJECT,
        String.valueOf(itemId),
        null,
        "consultation " + consultationId + ", theme " + theme.getCode() + ": " + title);
    return itemId;
  }

  /** The consultation's follow-ups, by theme then in the order raised. */
  @RolesAllowed({Role.Names.HOME_OFFICE_ANALYST, Role.Names.PCC_REVIEWER, Role.Names.ADMIN})
  public List<FollowUpLine> ofConsultation(long consultationId) {
    consultations.visible(consultationId);
    List<FollowUpLine> lines = new ArrayList<>();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT f.theme_id, w.id, w.title, o.name, w.state, w.active, w.due_on,"
                    + " (SELECT e.note FROM work_item_event e WHERE e.work_item_id = w.id"
                    + " AND e.note IS NOT NULL AND e.event_type <> 'OPENED'"
                    + " ORDER BY e.id DESC LIMIT 1),"
                    + " f.raised_by, f.raised_at"
                    + " FROM theme_follow_up f JOIN work_item w ON w.id = f.work_item_id"
                    + " JOIN organisation o ON o.id = w.organisation_id"
                    + " WHERE f.consultation_id = ? ORDER BY f.theme_id, f.id")
            .setParameter(1, consultationId)
            .getResultList();
    Set<Long> viewable =
        itemReads.viewable(rows.stream().map(row -> ((Number) row[1]).longValue()).toList());
    for (Object[] row : rows) {
      lines.add(
          new FollowUpLine(
              ((Number) row[0]).longValue(),
              ((Number) row[1]).longValue(),
              (String) row[2],
              (String) row[3],
              (String) row[4],
              SqlValues.truth(row[5]),
              SqlValues.day(row[6]),
              (String) row[7],
              (String) row[8],
              SqlValues.instant(row[9]),
              viewable.contains(((Number) row[1]).longValue())));
    }
    return lines;
  }
}
