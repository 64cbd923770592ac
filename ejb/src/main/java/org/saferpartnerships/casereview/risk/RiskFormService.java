package org.saferpartnerships.casereview.risk;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.saferpartnerships.audit.AuditAction;
import org.saferpartnerships.audit.AuditLog;
import org.saferpartnerships.identity.CallerScope;
import org.saferpartnerships.identity.Role;
import org.saferpartnerships.partnership.registry.Area;
import org.saferpartnerships.partnership.registry.AreaRepository;
import org.saferpartnerships.platform.errors.NotFoundException;
import org.saferpartnerships.platform.errors.ServiceException;
import org.saferpartnerships.workflow.sla.SlaPolicyService;

/**
 * Risk and vulnerability forms: the one in force for a CSP on a day (its own latest from that day
 * or before, else the national default), and a new form for a CSP, which takes effect from a day no
 * earlier than today so that no assessment already made changes form.
 */
@Stateless
@PermitAll
public class RiskFormService {

  /** What the audit log calls a risk form. */
  public static final String SUBJECT = "RISK_FORM";

  @PersistenceContext private EntityManager em;

  @Inject private Clock clock;

  @Inject private CallerScope caller;

  @EJB private AreaRepository areas;

  @EJB private SlaPolicyService slaPolicies;

  @EJB private AuditLog audit;

  public RiskForm inForce(Area csp, LocalDate on) {
    return latest("f.csp = :csp", csp, on)
        .or(() -> latest("f.csp IS NULL", null, on))
        .orElseThrow(() -> new ServiceException("riskForm.none", csp.getGssCode(), on));
  }

  private Optional<RiskForm> latest(String whose, Area csp, LocalDate on) {
    TypedQuery<RiskForm> query =
        em.createQuery(
            "SELECT f FROM RiskForm f WHERE "
                + whose
                + " AND f.validFrom <= :on ORDER BY f.validFrom DESC, f.id DESC",
            RiskForm.class);
    if (csp != null) {
      query.setParameter("csp", csp);
    }
    return query.setParameter("on", on).setMaxResults(1).getResultStream().findFirst();
  }

  /** The form in force today for a CSP, with its questions, options and bands. */
  public RiskFormView current(String cspCode) {
    Area csp = areas.csp(cspCode);
    caller.get().checkSettingsOf(csp.getId());
    return view(inForce(csp, LocalDate.now(clock)));
  }

  /** A form with its questions, options and bands read in three queries, not one per question. */
  public RiskFormView view(RiskForm form) {
    RiskForm loaded =
        em.createQuery("SELECT f FROM RiskForm f WHERE f.id = :id", RiskForm.class)
            .setParameter("id", form.getId())
            .setHint("eclipselink.batch.type", "IN")
            .setHint("eclipselink.batch", "f.questions")
            .setHint("eclipselink.batch", "f.questions.options")
            .setHint("eclipselink.batch", "f.bands")
            .getSingleResult();
    return RiskFormView.of(loaded);
  }

  /** The forms a CSP has had, its own and the national ones, newest first, without questions. */
  public List<RiskFormSummary> formsFor(String cspCode) {
    Area csp = areas.csp(cspCode);
    caller.get().checkSettingsOf(csp.getId());
    long current = inForce(csp, LocalDate.now(clock)).getId();
    return em.createQuery(
            "SELECT f FROM RiskForm f LEFT JOIN f.csp c WHERE c = :csp OR c IS NULL"
                + " ORDER BY f.validFrom DESC, f.id DESC",
            RiskForm.class)
        .setParameter("csp", csp)
        .getResultStream()
        .map(
            f ->
                new RiskFormSummary(
                    f.getId(),
                    f.getCsp() == null,
                    f.getValidFrom(),
                    f.getNote(),
                    f.getCreatedBy(),
                    f.getId() == current))
        .toList();
  }

  @RolesAllowed(Role.Names.ADMIN)
  public long add(@NotNull @Valid RiskFormRequest request) {
    Area csp = areas.csp(request.cspCode());
    LocalDate today = LocalDate.now(clock);
    if (request.validFrom().isBefore(today)) {
      throw new ServiceException("riskForm.validFromPast", today);
    }
    RiskScoring.checkShape(
        request.questions().stream().map(q -> q.options().size()).toList(), request.bands());
    for (RiskBandTerms band : request.bands()) {
      try {
        slaPolicies.current(band.slaPolicyCode().trim());
      } catch (NotFoundException e) {
        throw new ServiceException("riskForm.slaPolicy", band.slaPolicyCode());
      }
    }
    RiskForm form =
        new RiskForm(csp, request.validFrom(), request.note(), clock.instant(), caller.username());
    for (RiskFormRequest.Question q : request.questions()) {
      RiskQuestion question = form.addQuestion(q.textEn(), q.textCy());
      q.options().forEach(o -> question.addOption(o.labelEn(), o.labelCy(), o.score()));
    }
    request.bands().forEach(form::addBand);
    em.persist(form);
    em.flush();
    audit.record(
        caller.username(),
        AuditAction.CREATE,
        SUBJECT,
        String.valueOf(form.getId()),
        csp.getId(),
        "from " + request.validFrom());
    return form.getId();
  }
}
