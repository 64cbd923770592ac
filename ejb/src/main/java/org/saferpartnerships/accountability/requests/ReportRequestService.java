package org.saferpartnerships.accountability.requests;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.saferpartnerships.audit.AuditAction;
import org.saferpartnerships.audit.AuditLog;
import org.saferpartnerships.identity.CallerScope;
import org.saferpartnerships.identity.Role;
import org.saferpartnerships.identity.Scope;
import org.saferpartnerships.partnership.registry.Area;
import org.saferpartnerships.partnership.registry.AreaRepository;
import org.saferpartnerships.partnership.registry.Organisation;
import org.saferpartnerships.platform.errors.NotFoundException;
import org.saferpartnerships.platform.errors.ServiceException;
import org.saferpartnerships.platform.persistence.JpqlConditions;
import org.saferpartnerships.platform.persistence.Page;
import org.saferpartnerships.platform.persistence.PageRequest;
import org.saferpartnerships.submission.ForceAreas;
import org.saferpartnerships.workflow.engine.ActionInput;
import org.saferpartnerships.workflow.engine.Priority;
import org.saferpartnerships.workflow.items.ItemProgress;
import org.saferpartnerships.workflow.items.OpenRequest;
import org.saferpartnerships.workflow.items.WorkItemRepository;
import org.saferpartnerships.workflow.items.WorkItemService;
import org.saferpartnerships.workflow.routing.TargetBody;

/**
 * Report requests (CDA 1998 s7(1)): a policing body's reviewer asks a CSP of its force area for a
 * report by a day; the request is routed to the partnership, escalates past its day, and is
 * answered when the partnership sends its reply (a submission naming the request). The policing
 * body may withdraw it.
 */
@Stateless
@RolesAllowed({Role.Names.CSP_COORDINATOR, Role.Names.PCC_REVIEWER, Role.Names.ADMIN})
public class ReportRequestService {

  public static final String SUBJECT = "report_request";

  @PersistenceContext private EntityManager em;

  @Inject private CallerScope caller;

  @Inject private Clock clock;

  @Inject private AuditLog audit;

  @EJB private ForceAreas forceAreas;

  @EJB private WorkItemService workItems;

  @EJB private WorkItemRepository workItemViews;

  /** Asks a CSP of the reviewer's force area for a report by a day; returns the request's id. */
  @RolesAllowed(Role.Names.PCC_REVIEWER)
  public long request(String cspCode, String subject, String details, LocalDate dueOn) {
    Scope scope = caller.get();
    ForceAreas.ReviewedCsp reviewed = forceAreas.reviewedCsp(cspCode);
    Area csp = reviewed.csp();
    long pfaId = reviewed.pfaId();
    long bodyId = reviewed.bodyId();
    String what = subject == null ? "" : subject.strip();
    if (what.isEmpty() || what.length() > 200) {
      throw new ServiceException("reportRequest.subject", 200);
    }
    String more = details == null || details.isBlank() ? null : details.strip();
    if (more != null && more.length() > 4000) {
      throw new ServiceException("reportRequest.details", 4000);
    }
    LocalDate today = LocalDate.now(clock);
    if (dueOn == null || !dueOn.isAfter(today)) {
      throw new ServiceException("reportRequest.dueOn", today);
    }
    long item =
        workItems.open(
            new OpenRequest(
                ReportRequestWorkflow.TYPE,
                csp.getGssCode(),
                "Report requested (s7): " + what,
                more,
                TargetBody.PARTNERSHIP,
                Priority.NORMAL,
                "report-request " + csp.getGssCode(),
                dueOn));
    Instant now = clock.instant();
    ReportRequest request =
        new ReportRequest(
            em.find(Area.class, pfaId),
            csp,
            em.find(Organisation.class, bodyId),
            what,
            more,
            dueOn,
            item,
            today,
            now,
            scope.username());
    em.persist(request);
    em.flush();
    audit.record(
        scope.username(),
        AuditAction.CREATE,
        SUBJECT,
        String.valueOf(request.getId()),
        csp.getId(),
        what + " by " + dueOn + " as " + item);
    return request.getId();
  }

  /** Withdraws an open request, with the reason the partnership will read. */
  @RolesAllowed(Role.Names.PCC_REVIEWER)
  public void withdraw(long id, String reason) {
    ReportRequest request = visible(id);
    if (!request.isOpen()) {
      throw new ServiceException("reportRequest.closed");
    }
    workItems.act(
        request.getWorkItemId(),
        ReportRequestWorkflow.WITHDRAW,
        new ActionInput(null, reason, null, null));
  }

  /** One page of the requests the caller may see, newest first; open ones only if asked. */
  public Page<ReportRequestView> list(
      String pfaCode, String cspCode, boolean openOnly, @NotNull PageRequest page) {
    Scope scope = caller.get();
    JpqlConditions where = scope.restrictToCsps(new JpqlConditions(), "r.csp.id");
    where.andIf(
        pfaCode == null ? null : AreaRepository.normalise(pfaCode), "p.gssCode = :pfa", "pfa");
    where.andIf(
        cspCode == null ? null : AreaRepository.normalise(cspCode), "c.gssCode = :csp", "csp");
    if (openOnly) {
      where.and("r.answeredOn IS NULL AND r.withdrawnOn IS NULL", Map.of());
    }
    String from = " FROM ReportRequest r JOIN r.csp c JOIN r.pfa p JOIN r.body b";
    long total =
        where
            .bind(em.createQuery("SELECT COUNT(r)" + from + where.where(), Long.class))
            .getSingleResult();
    List<ReportRequest> rows =
        where
            .bind(
                em.createQuery(
                    "SELECT r" + from + where.where() + " ORDER BY r.requestedAt DESC, r.id DESC",
                    ReportRequest.class))
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultList();
    Map<Long, ItemProgress> progress =
        workItemViews.progressOf(rows.stream().map(ReportRequest::getWorkItemId).toList());
    return new Page<>(
        rows.stream().map(r -> view(r, progress.get(r.getWorkItemId()))).toList(), total);
  }

  public ReportRequestView get(long id) {
    ReportRequest request = visible(id);
    return view(
        request,
        workItemViews.progressOf(List.of(request.getWorkItemId())).get(request.getWorkItemId()));
  }

  /** An open request of this CSP, for starting its reply; refused otherwise. */
  public ReportRequest openFor(long id, Area csp) {
    ReportRequest request = em.find(ReportRequest.class, id);
    if (request == null || !request.getCsp().getId().equals(csp.getId())) {
      throw new ServiceException("submission.reportRequestRequired");
    }
    if (!request.isOpen()) {
      throw new ServiceException("reportRequest.closed");
    }
    return request;
  }

  private ReportRequest visible(long id) {
    ReportRequest request = em.find(ReportRequest.class, id);
    Scope scope = caller.get();
    if (request == null || !scope.coversCsp(request.getCsp().getId())) {
      throw new NotFoundException("notFound.reportRequest", id);
    }
    return request;
  }

  private static ReportRequestView view(ReportRequest r, ItemProgress progress) {
    return new ReportRequestView(
        r.getId(),
        r.getPfa().getGssCode(),
        r.getCsp().getGssCode(),
        r.getCsp().getName(),
        r.getCsp().getNameCy(),
        r.getBody().getName(),
        r.getSubject(),
        r.getDetails(),
        r.getRequestedOn(),
        r.getDueOn(),
        r.getWorkItemId(),
        progress == null ? null : progress.state(),
        progress == null ? null : progress.holderName(),
        r.getReplySubmissionId(),
        r.getAnsweredOn(),
        r.getWithdrawnOn());
  }
}
