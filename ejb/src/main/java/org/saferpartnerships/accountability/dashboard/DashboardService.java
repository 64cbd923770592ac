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
    Map<Long, Map<SubmissionType, LocalDate>> dues = new HashMap<>();
    for (DueRow due : dues(pfaId, year)) {
      dues.computeIfAbsent(due.pfaId(), id -> new EnumMap<>(SubmissionType.class))
          .put(due.type(), due.dueOn());
    }
    Map<Long, Map<SubmissionType, SentRow>> sent = new HashMap<>();
    for (SentRow row : sent(pfaId, year)) {
      sent.computeIfAbsent(row.cspId(), id -> new EnumMap<>(SubmissionType.class))
          .put(row.type(), row);
    }
    Map<Long, OpenRow> open = new HashMap<>();
    openRecommendations(pfaId).forEach(row -> open.put(row.cspId(), row));
    Map<Long, Long> overdue = counts(overdueRecommendations(pfaId, today));
    Map<Long, Long> closed = counts(answeredRecommendations(pfaId, year));
    Map<Long, GrantRow> grants = new HashMap<>();
    grants(pfaId, year, false).forEach(row -> grants.put(row.areaId(), row));
    Map<String, CaseFigures> figures = caseFigures(csps, pfaId, year);
    List<AccountabilityLine> lines = new ArrayList<>();
    for (Csp csp : csps) {
      List<TypeStatus> statuses = new ArrayList<>();
      int[] counts = new int[4];
      Map<SubmissionType, LocalDate> areaDues = dues.getOrDefault(csp.pfaId(), Map.of());
      Map<SubmissionType, SentRow> cspSent = sent.getOrDefault(csp.id(), Map.of());
      for (SubmissionType type : SubmissionType.values()) {
        LocalDate due = areaDues.get(type);
        if (due != null) {
          SentRow row = cspSent.get(type);
          Timeliness timeliness = Timeliness.of(due, row == null ? null : row.firstSentOn(), today);
          counts[timeliness.ordinal()]++;
          statuses.add(
              new TypeStatus(type, due, timeliness, row == null ? null : row.submissionId()));
        }
      }
      lines.add(
          line(
              csp,
              statuses,
              counts,
              open.get(csp.id()),
              overdue.getOrDefault(csp.id(), 0L),
              closed.getOrDefault(csp.id(), 0L),
              figures.get(csp.code()),
              grants.get(csp.id()),
              today));
    }
    return lines;
  }

  private static AccountabilityLine line(
      Csp csp,
      List<TypeStatus> statuses,
      int[] counts,
      OpenRow open,
      long overdue,
      long closed,
      CaseFigures figures,
      GrantRow grants,
      LocalDate today) {
    return new AccountabilityLine(
        csp.code(),
        csp.name(),
        csp.nameCy(),
        statuses,
        counts[Timeliness.ON_TIME.ordinal()],
        counts[Timeliness.LATE.ordinal()],
        counts[Timeliness.OVERDUE.ordinal()],
        counts[Timeliness.DUE.ordinal()],
        open == null ? 0 : open.count(),
        overdue,
        open == null || open.oldest() == null
            ? null
            : (int) ChronoUnit.DAYS.between(open.oldest(), today),
        closed,
        figures == null ? 0 : figures.applications(),
        figures == null ? 0 : figures.reviews(),
        grants == null ? 0 : grants.count(),
        grants == null ? BigDecimal.ZERO : grants.amount());
  }

  /** When each kind is due, by force area. */
  private List<DueRow> dues(Long pfaId, int year) {
    return bind(
            em.createQuery(
                "SELECT NEW org.saferpartnerships.accountability.dashboard.DueRow(d.pfa.id, d.type, d.dueOn) FROM SubmissionDue d"
                    + " WHERE d.financialYear = :year"
                    + (pfaId == null ? "" : " AND d.pfa.id = :pfa"),
                DueRow.class),
            pfaId,
            year)
        .getResultList();
  }

  /** The first day each CSP sent each kind in the year, and the submission. */
  private List<SentRow> sent(Long pfaId, int year) {
    return bind(
            em.createQuery(
                "SELECT NEW org.saferpartnerships.accountability.dashboard.SentRow(s.csp.id, s.type, MIN(s.firstSubmittedOn), MAX(s.id))"
                    + " FROM Submission s WHERE s.financialYear = :year AND s.state <> :withdrawn"
                    + inArea(pfaId)
                    + " GROUP BY s.csp.id, s.type",
                SentRow.class),
            pfaId,
            year)
        .setParameter("withdrawn", SubmissionState.WITHDRAWN)
        .getResultList();
  }

  /** Open recommendations (of any year): how many and the oldest. */
  private List<OpenRow> openRecommendations(Long pfaId) {
    return bindArea(
            em.createQuery(
                "SELECT NEW org.saferpartnerships.accountability.dashboard.OpenRow(s.csp.id, COUNT(r), MIN(r.madeOn))"
                    + " FROM SubmissionRecommendation r, Submission s"
                    + " WHERE r.submissionId = s.id AND r.response IS NULL"
                    + inArea(pfaId)
                    + " GROUP BY s.csp.id",
                OpenRow.class),
            pfaId)
        .getResultList();
  }

  private List<CountRow> overdueRecommendations(Long pfaId, LocalDate today) {
    return bindArea(
            em.createQuery(
                "SELECT NEW org.saferpartnerships.accountability.dashboard.CountRow(s.csp.id, COUNT(r))"
                    + " FROM SubmissionRecommendation r, Submission s WHERE r.submissionId = s.id"
                    + " AND r.response IS NULL AND r.dueOn < :today"
                    + inArea(pfaId)
                    + " GROUP BY s.csp.id",
                CountRow.class),
            pfaId)
        .setParameter("today", today)
        .getResultList();
  }

  /** Recommendations answered, on the year's submissions. */
  private List<CountRow> answeredRecommendations(Long pfaId, int year) {
    return bind(
            em.createQuery(
                "SELECT NEW org.saferpartnerships.accountability.dashboard.CountRow(s.csp.id, COUNT(r))"
                    + " FROM SubmissionRecommendation r, Submission s WHERE r.submissionId = s.id"
                    + " AND r.response IN :answered AND s.financialYear = :year"
                    + inArea(pfaId)
                    + " GROUP BY s.csp.id",
                CountRow.class),
            pfaId,
            year)
        .setParameter(
            "answered", List.of(RecommendationOutcome.ACCEPTED, RecommendationOutcome.DECLINED))
        .getResultList();
  }

  /** Grants of the year: to each CSP, or (others) to other recipients by force area. */
  private List<GrantRow> grants(Long pfaId, int year, boolean others) {
    String area = others ? "g.pfa.id" : "g.csp.id";
    return bind(
            em.createQuery(
                "SELECT NEW org.saferpartnerships.accountability.dashboard.GrantRow("
                    + area
                    + ", COUNT(g), SUM(g.amount)) FROM CrimeGrant g"
                    + " WHERE g.financialYear = :year AND g.csp IS "
                    + (others ? "NULL" : "NOT NULL")
                    + (pfaId == null ? "" : " AND g.pfa.id = :pfa")
                    + " GROUP BY "
                    + area,
                GrantRow.class),
            pfaId,
            year)
        .getResultList();
  }

  /** The case review figures of the financial year, by CSP code. */
  private Map<String, CaseFigures> caseFigures(List<Csp> csps, Long pfaId, int year) {
    Map<String, CaseFigures> figures = new HashMap<>();
    LocalDate start = LocalDate.of(year, 4, 1);
    String pfaCode = pfaId == null || csps.isEmpty() ? null : csps.get(0).pfaCode();
    if (pfaId == null || pfaCode != null) {
      statistics
          .figures(start, start.plusYears(1).minusDays(1), null, pfaCode)
          .forEach(line -> figures.put(line.cspCode(), line));
    }
    return figures;
  }

  private static Map<Long, Long> counts(List<CountRow> rows) {
    Map<Long, Long> counts = new HashMap<>();
    rows.forEach(row -> counts.put(row.areaId(), row.count()));
    return counts;
  }

  private static String inArea(Long pfaId) {
    return pfaId == null ? "" : " AND s.pfa.id = :pfa";
  }

  /** Grants to recipients other than a CSP, by force area, as lines of grant counts only. */
  private Map<Long, AccountabilityLine> otherGrants(Long pfaId, int year) {
    Map<Long, AccountabilityLine> other = new HashMap<>();
    for (GrantRow row : grants(pfaId, year, true)) {
      other.put(
          row.areaId(),
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
              row.count(),
              row.amount()));
    }
    return other;
  }

  private static AccountabilityLine none() {
    return AccountabilityLine.empty(null, null, null);
  }

  private static <T> TypedQuery<T> bindArea(TypedQuery<T> query, Long pfaId) {
    if (pfaId != null) {
      query.setParameter("pfa", pfaId);
    }
    return query;
  }

  private static <T> TypedQuery<T> bind(TypedQuery<T> query, Long pfaId, int year) {
    query.setParameter("year", year);
    if (pfaId != null) {
      query.setParameter("pfa", pfaId);
    }
    return query;
  }
}
