package org.saferpartnerships.accountability.dashboard;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.saferpartnerships.casereview.CaseFigures;
import org.saferpartnerships.casereview.CaseStatistics;
import org.saferpartnerships.identity.CallerScope;
import org.saferpartnerships.identity.Role;
import org.saferpartnerships.identity.Scope;
import org.saferpartnerships.partnership.Registry;
import org.saferpartnerships.partnership.registry.Area;
import org.saferpartnerships.partnership.registry.RegistryVintage;
import org.saferpartnerships.platform.errors.NotFoundException;
import org.saferpartnerships.platform.errors.ServiceException;
import org.saferpartnerships.submission.ForceAreas;
import org.saferpartnerships.submission.SubmissionState;
import org.saferpartnerships.submission.SubmissionType;
import org.saferpartnerships.submission.due.SubmissionCalendar;
import org.saferpartnerships.submission.due.Timeliness;
import org.saferpartnerships.submission.due.TypeStatus;
import org.saferpartnerships.submission.review.RecommendationOutcome;

/**
 * The accountability dashboards: for a force area, each of its CSPs' submissions due this year (on
 * time, late, overdue, not yet due), open recommendations and their age, closed ones, the case
 * review figures and grants; nationally, the same summed by force area. Each figure is one grouped
 * query over every CSP at once, whatever their number.
 */
@Stateless
@RolesAllowed({Role.Names.PCC_REVIEWER, Role.Names.HOME_OFFICE_ANALYST, Role.Names.ADMIN})
public class DashboardService {

  @PersistenceContext private EntityManager em;

  @Inject private CallerScope caller;

  @Inject private Clock clock;

  @EJB private ForceAreas forceAreas;

  @EJB private Registry registry;

  @EJB private CaseStatistics statistics;

  @EJB private SubmissionCalendar calendar;

  /** A force area's dashboard, for its policing body's reviewers and national roles. */
  public Dashboard forceArea(String pfaCode, int financialYear) {
    checkYear(financialYear);
    Area pfa = forceAreas.forceArea(pfaCode);
    Scope scope = caller.get();
    if (!scope.national() && !forceAreas.governs(scope, pfa.getId())) {
      throw new NotFoundException("notFound.forceArea", pfa.getGssCode());
    }
    List<Csp> csps = csps(pfa.getId());
    List<AccountabilityLine> lines = lines(csps, pfa.getId(), financialYear);
    AccountabilityLine totals =
        AccountabilityLine.empty(pfa.getGssCode(), pfa.getName(), pfa.getNameCy());
    for (AccountabilityLine line : lines) {
      totals = totals.plus(line);
    }
    totals = totals.plus(otherGrants(pfa.getId(), financialYear).getOrDefault(pfa.getId(), none()));
    return new Dashboard(
        pfa.getGssCode(),
        pfa.getName(),
        pfa.getNameCy(),
        financialYear,
        LocalDate.now(clock),
        calendar.dues(pfa.getGssCode(), financialYear),
        lines,
        totals);
  }

  /** Every force area's figures summed from its CSPs', for national roles. */
  @RolesAllowed({Role.Names.HOME_OFFICE_ANALYST, Role.Names.ADMIN})
  public Dashboard national(int financialYear) {
    checkYear(financialYear);
    List<Csp> csps = csps(null);
    List<AccountabilityLine> lines = lines(csps, null, financialYear);
    Map<Long, AccountabilityLine> byArea = new LinkedHashMap<>();
    for (int i = 0; i < csps.size(); i++) {
      Csp csp = csps.get(i);
      AccountabilityLine area =
          byArea.computeIfAbsent(
              csp.pfaId(),
              id -> AccountabilityLine.empty(csp.pfaCode(), csp.pfaName(), csp.pfaNameCy()));
      byArea.put(csp.pfaId(), area.plus(lines.get(i)));
    }
    otherGrants(null, financialYear)
        .forEach((pfa, grants) -> byArea.computeIfPresent(pfa, (id, line) -> line.plus(grants)));
    AccountabilityLine totals =
        AccountabilityLine.empty(null, "England and Wales", "Cymru a Lloegr");
    for (AccountabilityLine line : byArea.values()) {
      totals = totals.plus(line);
    }
    return new Dashboard(
        null,
        null,
        null,
        financialYear,
        LocalDate.now(clock),
        List.of(),
        List.copyOf(byArea.values()),
        totals);
  }

  private static void checkYear(int year) {
    if (year < 2012 || year > 2100) {
      throw new ServiceException("dashboard.year");
    }
  }

  private record Csp(
      long id,
      String code,
      String name,
      String nameCy,
      long pfaId,
      String pfaCode,
      String pfaName,
      String pfaNameCy) {}

  private List<Csp> csps(Long pfaId) {
    RegistryVintage vintage =
        registry
            .vintageOnOrNewest(LocalDate.now(clock))
            .orElseThrow(() -> new ServiceException("statistics.noRegistry"));
    return registry.placements(vintage, pfaId, null, null).stream()
        .map(
            p ->
                new Csp(
                    p.cspId(),
                    p.cspCode(),
                    p.cspName(),
                    p.cspNameCy(),
                    p.pfaId(),
                    p.pfaCode(),
                    p.pfaName(),
                    p.pfaNameCy()))
        .toList();
  }

  private List<AccountabilityLine> lines(List<Csp> csps, Long pfaId, int year) {
    LocalDate today = LocalDate.now(clock);
    String inArea = pfaId == null ? "" : " AND s.pfa.id = :pfa";
    // when each kind is due, by force area
    Map<Long, Map<SubmissionType, LocalDate>> dues = new HashMap<>();
    bind(
            em.createQuery(
                "SELECT d.pfa.id, d.type, d.dueOn FROM SubmissionDue d WHERE d.financialYear = :year"
                    + (pfaId == null ? "" : " AND d.pfa.id = :pfa"),
                Object[].class),
            pfaId,
            year)
        .getResultList()
        .forEach(
            row ->
                dues.computeIfAbsent((Long) row[0], id -> new EnumMap<>(SubmissionType.class))
                    .put((SubmissionType) row[1], (LocalDate) row[2]));
    // the first day each CSP sent each kind, and the submission
    Map<Long, Map<SubmissionType, Object[]>> sent = new HashMap<>();
    bind(
            em.createQuery(
                "SELECT s.csp.id, s.type, MIN(s.firstSubmittedOn), MAX(s.id) FROM Submission s"
                    + " WHERE s.financialYear = :year AND s.state <> :withdrawn"
                    + inArea
                    + " GROUP BY s.csp.id, s.type",
                Object[].class),
            pfaId,
            year)
        .setParameter("withdrawn", SubmissionState.WITHDRAWN)
        .getResultList()
        .forEach(
            row ->
                sent.computeIfAbsent((Long) row[0], id -> new EnumMap<>(SubmissionType.class))
                    .put((SubmissionType) row[1], new Object[] {row[2], row[3]}));
    // open recommendations (of any year): how many and the oldest; then how many are overdue
    Map<Long, Object[]> open = new HashMap<>();
    bindArea(
            em.createQuery(
                "SELECT s.csp.id, COUNT(r), MIN(r.madeOn) FROM SubmissionRecommendation r,"
                    + " Submission s WHERE r.submissionId = s.id AND r.response IS NULL"
                    + inArea
                    + " GROUP BY s.csp.id",
                Object[].class),
            pfaId)
        .getResultList()
        .forEach(row -> open.put((Long) row[0], row));
    Map<Long, Long> overdueRecommendations = new HashMap<>();
    bindArea(
            em.createQuery(
                "SELECT s.csp.id, COUNT(r) FROM SubmissionRecommendation r, Submission s"
                    + " WHERE r.submissionId = s.id AND r.response IS NULL AND r.dueOn < :today"
                    + inArea
                    + " GROUP BY s.csp.id",
                Object[].class),
            pfaId)
        .setParameter("today", today)
        .getResultList()
        .forEach(row -> overdueRecommendations.put((Long) row[0], (Long) row[1]));
    // recommendations answered, on the year's submissions
    Map<Long, Long> closed = new HashMap<>();
    bind(
            em.createQuery(
                "SELECT s.csp.id, COUNT(r) FROM SubmissionRecommendation r, Submission s"
                    + " WHERE r.submissionId = s.id AND r.response IN :answered"
                    + " AND s.financialYear = :year"
                    + inArea
                    + " GROUP BY s.csp.id",
                Object[].class),
            pfaId,
            year)
        .setParameter(
            "answered", List.of(RecommendationOutcome.ACCEPTED, RecommendationOutcome.DECLINED))
        .getResultList()
        .forEach(row -> closed.put((Long) row[0], (Long) row[1]));
    // grants to each CSP in the year
    Map<Long, Object[]> grants = new HashMap<>();
    bind(
            em.createQuery(
                "SELECT g.csp.id, COUNT(g), SUM(g.amount) FROM CrimeGrant g"
                    + " WHERE g.financialYear = :year AND g.csp IS NOT NULL"
                    + (pfaId == null ? "" : " AND g.pfa.id = :pfa")
                    + " GROUP BY g.csp.id",
                Object[].class),
            pfaId,
            year)
        .getResultList()
        .forEach(row -> grants.put((Long) row[0], row));
    // the case review figures of the financial year
    Map<String, CaseFigures> figures = new HashMap<>();
    LocalDate start = LocalDate.of(year, 4, 1);
    String pfaCode = pfaId == null || csps.isEmpty() ? null : csps.get(0).pfaCode();
    if (pfaId == null || pfaCode != null) {
      statistics
          .figures(start, start.plusYears(1).minusDays(1), null, pfaCode)
          .forEach(line -> figures.put(line.cspCode(), line));
    }
    List<AccountabilityLine> lines = new ArrayList<>();
    for (Csp csp : csps) {
      List<TypeStatus> statuses = new ArrayList<>();
      int[] counts = new int[4];
      Map<SubmissionType, LocalDate> areaDues = dues.getOrDefault(csp.pfaId(), Map.of());
      Map<SubmissionType, Object[]> cspSent = sent.getOrDefault(csp.id(), Map.of());
      for (SubmissionType type : SubmissionType.values()) {
        LocalDate due = areaDues.get(type);
        if (due == null) {
          continue;
        }
        Object[] sentRow = cspSent.get(type);
        LocalDate sentOn = sentRow == null ? null : (LocalDate) sentRow[0];
        Timeliness timeliness = Timeliness.of(due, sentOn, today);
        counts[timeliness.ordinal()]++;
        statuses.add(
            new TypeStatus(type, due, timeliness, sentRow == null ? null : (Long) sentRow[1]));
      }
      Object[] openRow = open.get(csp.id());
      Object[] grantRow = grants.get(csp.id());
      CaseFigures caseFigures = figures.get(csp.code());
      lines.add(
          new AccountabilityLine(
              csp.code(),
              csp.name(),
              csp.nameCy(),
              statuses,
              counts[Timeliness.ON_TIME.ordinal()],
              counts[Timeliness.LATE.ordinal()],
              counts[Timeliness.OVERDUE.ordinal()],
              counts[Timeliness.DUE.ordinal()],
              openRow == null ? 0 : (Long) openRow[1],
              overdueRecommendations.getOrDefault(csp.id(), 0L),
              openRow == null || openRow[2] == null
                  ? null
                  : (int) ChronoUnit.DAYS.between((LocalDate) openRow[2], today),
              closed.getOrDefault(csp.id(), 0L),
              caseFigures == null ? 0 : caseFigures.applications(),
              caseFigures == null ? 0 : caseFigures.reviews(),
              grantRow == null ? 0 : (Long) grantRow[1],
              grantRow == null ? BigDecimal.ZERO : (BigDecimal) grantRow[2]));
    }
    return lines;
  }

  /** Grants to recipients other than a CSP, by force area, as lines of grant counts only. */
  private Map<Long, AccountabilityLine> otherGrants(Long pfaId, int year) {
    Map<Long, AccountabilityLine> other = new HashMap<>();
    bind(
            em.createQuery(
                "SELECT g.pfa.id, COUNT(g), SUM(g.amount) FROM CrimeGrant g"
                    + " WHERE g.financialYear = :year AND g.csp IS NULL"
                    + (pfaId == null ? "" : " AND g.pfa.id = :pfa")
                    + " GROUP BY g.pfa.id",
                Object[].class),
            pfaId,
            year)
        .getResultList()
        .forEach(
            row ->
                other.put(
                    (Long) row[0],
                    new AccountabilityLine(
                        null,
                        null,
                        null,
                        List.of(),
                        0,
                        0,
                        0,
                        0,
                        0,
                        0,
                        null,
                        0,
                        0,
                        0,
                        (Long) row[1],
                        (BigDecimal) row[2])));
    return other;
  }

  private static AccountabilityLine none() {
    return AccountabilityLine.empty(null, null, null);
  }

  private static TypedQuery<Object[]> bindArea(TypedQuery<Object[]> query, Long pfaId) {
    if (pfaId != null) {
      query.setParameter("pfa", pfaId);
    }
    return query;
  }

  private static TypedQuery<Object[]> bind(TypedQuery<Object[]> query, Long pfaId, int year) {
    query.setParameter("year", year);
    if (pfaId != null) {
      query.setParameter("pfa", pfaId);
    }
    return query;
  }
}
