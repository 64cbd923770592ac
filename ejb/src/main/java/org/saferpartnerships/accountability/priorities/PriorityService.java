package org.saferpartnerships.accountability.priorities;

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
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.saferpartnerships.audit.AuditAction;
import org.saferpartnerships.audit.AuditLog;
import org.saferpartnerships.identity.CallerScope;
import org.saferpartnerships.identity.Role;
import org.saferpartnerships.identity.Scope;
import org.saferpartnerships.partnership.Registry;
import org.saferpartnerships.partnership.registry.Area;
import org.saferpartnerships.partnership.registry.AreaRepository;
import org.saferpartnerships.partnership.registry.AreaType;
import org.saferpartnerships.platform.errors.ConflictException;
import org.saferpartnerships.platform.errors.NotFoundException;
import org.saferpartnerships.platform.errors.ServiceException;
import org.saferpartnerships.platform.files.Sha256;
import org.saferpartnerships.submission.ForceAreas;
import org.saferpartnerships.submission.SubmissionState;
import org.saferpartnerships.submission.SubmissionType;

/**
 * Priorities and their alignment (PRSRA 2011 s10: the policing body and the responsible authorities
 * have regard to each other's priorities). The policing body lists its police and crime plan's
 * priorities; a CSP's come from its plan last sent; the matrix shows where they align, marked by
 * either side and suggested where they share words.
 */
@Stateless
@RolesAllowed({Role.Names.CSP_COORDINATOR, Role.Names.PCC_REVIEWER, Role.Names.ADMIN})
public class PriorityService {

  static final String SUBJECT = "priorities";

  private static final Set<String> COMMON =
      Set.of(
          "and",
          "the",
          "for",
          "with",
          "from",
          "into",
          "our",
          "their",
          "reduce",
          "reducing",
          "improve",
          "improving",
          "increase",
          "tackle",
          "tackling",
          "support",
          "supporting",
          "crime",
          "community",
          "communities",
          "safer",
          "safety",
          "people",
          "local",
          "work",
          "working",
          "partnership");

  @PersistenceContext private EntityManager em;

  @Inject private CallerScope caller;

  @Inject private Clock clock;

  @Inject private AuditLog audit;

  @EJB private AreaRepository areas;

  @EJB private Registry registry;

  @EJB private ForceAreas forceAreas;

  /** Adds a priority to the force area's police and crime plan (its policing body's reviewers). */
  @RolesAllowed({Role.Names.PCC_REVIEWER, Role.Names.ADMIN})
  public long addPlanPriority(String pfaCode, String titleEn, String titleCy) {
    Area pfa = forceAreas.forceArea(pfaCode);
    Scope scope = caller.get();
    if (!forceAreas.governs(scope, pfa.getId())) {
      throw new NotFoundException("notFound.forceArea", pfa.getGssCode());
    }
    String en = titleEn == null ? "" : titleEn.strip();
    String cy = titleCy == null || titleCy.isBlank() ? en : titleCy.strip();
    if (en.isEmpty() || en.length() > 300 || cy.length() > 300) {
      throw new ServiceException("priority.title", 300);
    }
    List<PolicePriority> current = planPriorities(pfa.getId());
    if (current.size() >= 30) {
      throw new ServiceException("priority.tooMany", 30);
    }
    if (current.stream().anyMatch(p -> p.getTitleEn().equalsIgnoreCase(en))) {
      throw new ServiceException("priority.duplicate", en);
    }
    long body =
        forceAreas.bodiesOf(pfa.getId()).stream()
            .filter(id -> scope.has(Role.ADMIN) || scope.organisationIds().contains(id))
            .findFirst()
            .orElseThrow(() -> new NotFoundException("notFound.forceArea", pfa.getGssCode()));
    int position = current.stream().mapToInt(PolicePriority::getPosition).max().orElse(0) + 1;
    PolicePriority priority =
        new PolicePriority(pfa.getId(), body, position, en, cy, clock.instant(), scope.username());
    em.persist(priority);
    em.flush();
    audit.record(
        scope.username(),
        AuditAction.CREATE,
        SUBJECT,
        pfa.getGssCode(),
        null,
        "plan priority: " + en);
    return priority.getId();
  }

  /** Takes a priority off the plan; alignments with it stay in the record but are not shown. */
  @RolesAllowed({Role.Names.PCC_REVIEWER, Role.Names.ADMIN})
  public void retirePlanPriority(long id) {
    PolicePriority priority = em.find(PolicePriority.class, id);
    if (priority == null
        || !priority.isActive()
        || !forceAreas.governs(caller.get(), priority.getPfaId())) {
      throw new NotFoundException("notFound.priority", id);
    }
    priority.retire();
    audit.record(
        caller.username(),
        AuditAction.UPDATE,
        SUBJECT,
        String.valueOf(id),
        null,
        "retired plan priority: " + priority.getTitleEn());
  }

  /** The matrix of a CSP the caller coordinates or reviews. */
  public PriorityMatrix matrix(@NotNull String cspCode) {
    Area csp = csp(cspCode);
    Long pfaId = registry.forceAreaOf(csp.getId(), LocalDate.now(clock));
    List<PolicePriority> plan = pfaId == null ? List.of() : planPriorities(pfaId);
    Object[] last = lastPlan(csp.getId());
    List<String> cspPriorities = last == null ? List.of() : lines((String) last[2]);
    Map<String, Set<Long>> aligned = new HashMap<>();
    List<PriorityAlignment> marks =
        em.createQuery(
                "SELECT a FROM PriorityAlignment a WHERE a.cspId = :csp", PriorityAlignment.class)
            .setParameter("csp", csp.getId())
            .getResultList();
    PriorityAlignment latest =
        marks.stream()
            .max(java.util.Comparator.comparing(PriorityAlignment::getMarkedAt))
            .orElse(null);
    marks.forEach(
        a ->
            aligned
                .computeIfAbsent(a.getCspPriority(), k -> new HashSet<>())
                .add(a.getPcpPriorityId()));
    Map<Long, Set<String>> planWords = new HashMap<>();
    plan.forEach(p -> planWords.put(p.getId(), words(p.getTitleEn())));
    List<PriorityMatrix.Row> rows =
        cspPriorities.stream()
            .map(
                text -> {
                  Set<String> mine = words(text);
                  Set<Long> suggested =
                      planWords.entrySet().stream()
                          .filter(e -> e.getValue().stream().anyMatch(mine::contains))
                          .map(Map.Entry::getKey)
                          .collect(Collectors.toSet());
                  Set<Long> marked = new HashSet<>(aligned.getOrDefault(text, Set.of()));
                  marked.retainAll(planWords.keySet());
                  return new PriorityMatrix.Row(text, marked, suggested);
                })
            .toList();
    Scope scope = caller.get();
    boolean reviewer = pfaId != null && forceAreas.governs(scope, pfaId);
    boolean coordinator = scope.has(Role.CSP_COORDINATOR) && scope.cspIds().contains(csp.getId());
    return new PriorityMatrix(
        csp.getGssCode(),
        csp.getName(),
        csp.getNameCy(),
        pfaId == null ? null : em.find(Area.class, pfaId).getGssCode(),
        last == null ? null : (Long) last[0],
        last == null ? null : (String) last[1],
        plan.stream()
            .map(p -> new PriorityMatrix.PcpPriority(p.getId(), p.getTitleEn(), p.getTitleCy()))
            .toList(),
        rows,
        reviewer || coordinator,
        reviewer,
        version(marks),
        latest == null ? null : latest.getMarkedBy(),
        latest == null ? null : latest.getMarkedAt());
  }

  /** A token for the marks as they stand: any change of them gives another. */
  private static String version(List<PriorityAlignment> marks) {
    String text =
        marks.stream()
            .map(
                a ->
                    a.getCspPriority()
                        + "\u0000"
                        + a.getPcpPriorityId()
                        + "\u0000"
                        + a.getMarkedAt().getEpochSecond()
                        + "\u0000"
                        + a.getMarkedBy())
            .sorted()
            .collect(Collectors.joining("\n"));
    return Sha256.hex(text).substring(0, 24);
  }

  /**
   * Replaces the CSP's alignments with these (CSP priority text → plan priority ids); each named
   * priority must be on the CSP's plan and the police and crime plan.
   */
  public void align(
      @NotNull String cspCode,
      @NotNull Map<String, Set<Long>> alignments,
      @NotNull String version) {
    // one save of a CSP's marks at a time, so that two made from the same version cannot both land
    em.lock(csp(cspCode), jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
    PriorityMatrix matrix = matrix(cspCode);
    if (!matrix.mayMark()) {
      throw new NotFoundException("notFound.csp", AreaRepository.normalise(cspCode));
    }
    if (!matrix.version().equals(version)) {
      throw matrix.markedBy() == null
          ? new ConflictException("stale.prioritiesCleared")
          : new ConflictException(
              "stale.priorities", matrix.markedBy(), java.util.Date.from(matrix.markedAt()));
    }
    Set<String> mine =
        matrix.rows().stream().map(PriorityMatrix.Row::priority).collect(Collectors.toSet());
    Set<Long> theirs =
        matrix.pcpPriorities().stream()
            .map(PriorityMatrix.PcpPriority::id)
            .collect(Collectors.toSet());
    for (Map.Entry<String, Set<Long>> entry : alignments.entrySet()) {
      if (!mine.contains(entry.getKey())) {
        throw new ServiceException("priority.notOnPlan", entry.getKey());
      }
      if (entry.getValue() != null && !theirs.containsAll(entry.getValue())) {
        throw new ServiceException("priority.notOnPoliceAndCrimePlan");
      }
    }
    Area csp = csp(cspCode);
    em.createQuery("DELETE FROM PriorityAlignment a WHERE a.cspId = :csp")
        .setParameter("csp", csp.getId())
        .executeUpdate();
    Instant now = clock.instant();
    int marks = 0;
    for (Map.Entry<String, Set<Long>> entry : alignments.entrySet()) {
      for (Long pcp : entry.getValue() == null ? Set.<Long>of() : entry.getValue()) {
        em.persist(new PriorityAlignment(csp.getId(), entry.getKey(), pcp, now, caller.username()));
        marks++;
      }
    }
    em.flush();
    audit.record(
        caller.username(),
        AuditAction.UPDATE,
        SUBJECT,
        csp.getGssCode(),
        csp.getId(),
        marks + " alignments");
  }

  private Area csp(String cspCode) {
    Scope scope = caller.get();
    return areas
        .find(cspCode, AreaType.COMMUNITY_SAFETY_PARTNERSHIP)
        .filter(area -> scope.coversCsp(area.getId()))
        .orElseThrow(
            () -> new NotFoundException("notFound.csp", AreaRepository.normalise(cspCode)));
  }

  private List<PolicePriority> planPriorities(long pfaId) {
    return em.createQuery(
            "SELECT p FROM PolicePriority p WHERE p.pfaId = :pfa AND p.active = TRUE"
                + " ORDER BY p.position, p.id",
            PolicePriority.class)
        .setParameter("pfa", pfaId)
        .getResultList();
  }

  /** The id, title and priorities of the CSP's plan (or refresh, or agreement) last sent. */
  private Object[] lastPlan(long cspId) {
    return em.createQuery(
            "SELECT s.id, s.title, v.priorities FROM SubmissionVersion v JOIN v.submission s"
                + " WHERE s.csp.id = :csp AND s.type IN :plans AND v.submittedAt IS NOT NULL"
                + " AND s.state <> :withdrawn ORDER BY v.submittedAt DESC",
            Object[].class)
        .setParameter("csp", cspId)
        .setParameter(
            "plans",
            List.of(
                SubmissionType.PARTNERSHIP_PLAN,
                SubmissionType.PLAN_REFRESH,
                SubmissionType.COMMUNITY_SAFETY_AGREEMENT))
        .setParameter("withdrawn", SubmissionState.WITHDRAWN)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  private static List<String> lines(String text) {
    return text == null
        ? List.of()
        : Arrays.stream(text.split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  /** The telling words of a priority: lower case, four letters or more, not the common ones. */
  static Set<String> words(String text) {
    return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+"))
        .filter(w -> w.length() >= 4 && !COMMON.contains(w))
        .map(w -> w.endsWith("s") && w.length() > 4 ? w.substring(0, w.length() - 1) : w)
        .collect(Collectors.toSet());
  }
}
