package org.saferpartnerships.casereview.victims;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.saferpartnerships.audit.AuditAction;
import org.saferpartnerships.audit.AuditLog;
import org.saferpartnerships.casereview.CaseAccess;
import org.saferpartnerships.casereview.ContactMethod;
import org.saferpartnerships.casereview.complaints.ComplaintRequest;
import org.saferpartnerships.casereview.threshold.SecondReportPrompt;
import org.saferpartnerships.identity.CallerScope;
import org.saferpartnerships.identity.Role;
import org.saferpartnerships.partnership.registry.Area;
import org.saferpartnerships.partnership.registry.AreaRepository;
import org.saferpartnerships.partnership.registry.AreaType;
import org.saferpartnerships.platform.errors.ConflictException;
import org.saferpartnerships.platform.errors.NotFoundException;
import org.saferpartnerships.platform.errors.ServiceException;
import org.saferpartnerships.platform.persistence.Page;
import org.saferpartnerships.platform.persistence.PageRequest;

/**
 * The victims a partnership logs before any application, with their reports, and the second-report
 * prompt: once two reports fall within six months, the coordinator is prompted to tell the victim
 * about the case review, and records that they did. Coordinators of the CSP only; reads audited.
 */
@Stateless
@RolesAllowed(Role.Names.CSP_COORDINATOR)
public class VictimLogService {

  /** What the audit log calls a logged victim. */
  public static final String SUBJECT = "ASB_VICTIM";

  @PersistenceContext private EntityManager em;

  @Inject private Clock clock;

  @Inject private CallerScope caller;

  @EJB private CaseAccess access;

  @EJB private AreaRepository areas;

  @EJB private AuditLog audit;

  public long log(
      @NotBlank(message = "{caseReview.csp.required}") String cspCode,
      @NotBlank(message = "{caseReview.victimName.required}")
          @Size(max = 200, message = "{caseReview.name.size}")
          String name,
      @Size(max = 254, message = "{victim.contact.size}") String contact) {
    Area csp =
        areas
            .find(cspCode, AreaType.COMMUNITY_SAFETY_PARTNERSHIP)
            .filter(area -> access.visibleCsps().contains(area.getId()))
            .orElseThrow(
                () -> new NotFoundException("notFound.csp", AreaRepository.normalise(cspCode)));
    AsbVictim victim = new AsbVictim(csp, name, contact, clock.instant(), caller.username());
    em.persist(victim);
    em.flush();
    record(victim, AuditAction.CREATE, "logged");
    return victim.getId();
  }

  public VictimView addReport(long victimId, @NotNull @Valid ComplaintRequest report) {
    AsbVictim victim = visible(victimId);
    LocalDate today = LocalDate.now(clock);
    if (report.incidentDate().isAfter(today) || report.reportedOn().isAfter(today)) {
      throw new ServiceException("complaint.future");
    }
    em.persist(new AsbVictimReport(victim, report, clock.instant(), caller.username()));
    em.flush();
    record(victim, AuditAction.UPDATE, "report added");
    return view(victim);
  }

  /**
   * The victims logged in the caller's CSPs, most recently reported first; the read of their names
   * is audited as one view of the list.
   */
  public Page<VictimSummary> list(PageRequest page) {
    return list(page, AuditAction.VIEW);
  }

  /**
   * A page of the list for a download of it: the read is audited as an export (personal data
   * leaving the product), one line per page read.
   */
  public Page<VictimSummary> export(PageRequest page) {
    return list(page, AuditAction.EXPORT);
  }

  private Page<VictimSummary> list(PageRequest page, AuditAction action) {
    Set<Long> csps = access.visibleCsps();
    if (csps.isEmpty()) {
      return new Page<>(List.of(), 0);
    }
    long total =
        em.createQuery("SELECT COUNT(v) FROM AsbVictim v WHERE v.csp.id IN :csps", Long.class)
            .setParameter("csps", csps)
            .getSingleResult();
    List<VictimSummary> rows =
        em.createQuery(
                "SELECT NEW org.saferpartnerships.casereview.victims.VictimSummary(v.id, v.csp.gssCode,"
                    + " v.name, COUNT(r), MAX(r.reportedOn), v.toldOn) FROM AsbVictim v"
                    + " LEFT JOIN AsbVictimReport r ON r.victim = v WHERE v.csp.id IN :csps"
                    + " GROUP BY v.id, v.csp.gssCode, v.name, v.toldOn ORDER BY v.id DESC",
                VictimSummary.class)
            .setParameter("csps", csps)
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultList();
    audit.record(caller.username(), action, SUBJECT, "list", null, "page " + page.page());
    return new Page<>(rows, total);
  }

  public VictimView get(long victimId) {
    AsbVictim victim = visible(victimId);
    record(victim, AuditAction.VIEW, "victim log");
    return view(victim);
  }

  /** Records that the victim was told about the case review, and how. */
  public VictimView told(long victimId, long version, @NotNull ContactMethod how) {
    AsbVictim victim = visible(victimId);
    if (victim.getVersion() != version) {
      throw new ConflictException("stale.victim");
    }
    if (victim.getToldOn() != null) {
      throw new ServiceException("victim.alreadyTold", victim.getToldOn());
    }
    victim.told(LocalDate.now(clock), how, caller.username());
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw new ConflictException("stale.victim");
    }
    record(victim, AuditAction.UPDATE, "told about the case review (" + how + ")");
    return view(victim);
  }

  private VictimView view(AsbVictim victim) {
    List<VictimReportLine> reports =
        em.createQuery(
                "SELECT NEW org.saferpartnerships.casereview.victims.VictimReportLine(r.incidentDate,"
                    + " r.reportedOn, r.agency, r.agencyReference) FROM AsbVictimReport r"
                    + " WHERE r.victim = :victim ORDER BY r.reportedOn, r.id",
                VictimReportLine.class)
            .setParameter("victim", victim)
            .getResultList();
    boolean prompt =
        SecondReportPrompt.due(
            reports.stream().map(VictimReportLine::reportedOn).toList(),
            victim.getToldOn() != null);
    return new VictimView(
        victim.getId(),
        victim.getCsp().getGssCode(),
        victim.getName(),
        victim.getContact(),
        reports,
        prompt,
        victim.getToldOn(),
        victim.getToldBy(),
        victim.getToldHow(),
        victim.getVersion());
  }

  private AsbVictim visible(long id) {
    AsbVictim victim = em.find(AsbVictim.class, id);
    if (victim == null || !access.visibleCsps().contains(victim.getCsp().getId())) {
      throw new NotFoundException("notFound.victim", id);
    }
    return victim;
  }

  private void record(AsbVictim victim, AuditAction action, String detail) {
    audit.record(
        caller.username(),
        action,
        SUBJECT,
        String.valueOf(victim.getId()),
        victim.getCsp().getId(),
        detail);
  }
}
