package org.saferpartnerships.partnership.directory;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.saferpartnerships.identity.CallerScope;
import org.saferpartnerships.identity.Scope;
import org.saferpartnerships.partnership.membership.CspMembership;
import org.saferpartnerships.partnership.membership.MemberRole;
import org.saferpartnerships.partnership.membership.MemberSource;
import org.saferpartnerships.partnership.registry.Area;
import org.saferpartnerships.partnership.registry.AreaRepository;
import org.saferpartnerships.partnership.registry.AreaType;
import org.saferpartnerships.partnership.registry.CspPlacement;
import org.saferpartnerships.partnership.registry.Organisation;
import org.saferpartnerships.partnership.registry.OrganisationType;
import org.saferpartnerships.partnership.registry.RegistryVintage;
import org.saferpartnerships.partnership.registry.VintageRepository;
import org.saferpartnerships.platform.errors.NotFoundException;
import org.saferpartnerships.platform.persistence.Page;
import org.saferpartnerships.platform.persistence.PageRequest;

/**
 * Reads the registry for pages, the API and other contexts. Every read names its vintage: one asked
 * for by id or by date, or by default the one in force today. A CSP, council or force area asked
 * for without a vintage that is not in today's is shown from the newest vintage that has it.
 */
@Stateless
public class PartnershipDirectory {

  @PersistenceContext private EntityManager em;

  @EJB private DirectoryRepository repository;

  @EJB private VintageRepository vintages;

  @EJB private AreaRepository areas;

  @Inject private CallerScope callerScope;

  @Inject private CspNames names;

  @Inject private Clock clock;

  public List<VintageSummary> vintages() {
    return vintages.all().stream().map(VintageSummary::of).toList();
  }

  /** The vintage with this id, else the one in force on this date, else the one in force today. */
  public VintageSummary vintage(Long id, LocalDate on) {
    return VintageSummary.of(resolve(id, on));
  }

  /**
   * The CSPs of the vintage in force today, for a drop-down: all, or only those the caller acts
   * for. Read once per vintage ({@link CspNames}).
   */
  public List<CspName> cspNames(boolean mine) {
    long vintage = resolve(null, null).getId();
    return mine ? names.of(vintage, callerScope.get()) : names.of(vintage);
  }

  public Page<CspSummary> findCsps(VintageSummary vintage, CspFilter filter, PageRequest page) {
    return repository.csps(
        vintage.id(), filter, filter.mine() ? callerScope.get() : Scope.none(), page);
  }

  public Page<CouncilSummary> findCouncils(
      VintageSummary vintage, CouncilFilter filter, PageRequest page) {
    return repository.councils(vintage.id(), filter, page);
  }

  public Page<ForceAreaSummary> findForceAreas(
      VintageSummary vintage, ForceAreaFilter filter, PageRequest page) {
    return findForceAreas(vintage, filter, null, page);
  }

  /** The force areas, each with the policing body that held it on the day given (else today). */
  public Page<ForceAreaSummary> findForceAreas(
      VintageSummary vintage, ForceAreaFilter filter, LocalDate on, PageRequest page) {
    return repository.forceAreas(vintage.id(), filter, dayOrToday(on), page);
  }

  private LocalDate dayOrToday(LocalDate on) {
    return on == null ? LocalDate.now(clock) : on;
  }

  public CspDetail csp(String code, Long vintageId, LocalDate on) {
    Area csp = area(code, AreaType.COMMUNITY_SAFETY_PARTNERSHIP, "notFound.csp");
    RegistryVintage vintage = vintageHolding(csp, vintageId, on, "notFound.csp");
    CspPlacement placement = placement(csp, vintage).orElseThrow();
    Area pfa = placement.getPfa();
    List<CouncilRef> councils =
        em.createQuery(
                "SELECT NEW org.saferpartnerships.partnership.directory.CouncilRef("
                    + "l.gssCode, l.name, l.nameCy) FROM AreaMapping m JOIN m.lad l"
                    + " WHERE m.vintage = :vintage AND m.csp = :csp ORDER BY l.name",
                CouncilRef.class)
            .setParameter("vintage", vintage)
            .setParameter("csp", csp)
            .getResultList();
    return new CspDetail(
        csp.getGssCode(),
        csp.getName(),
        csp.getNameCy(),
        csp.getCountry(),
        VintageSummary.of(vintage),
        new AreaRef(pfa.getGssCode(), pfa.getName(), pfa.getNameCy()),
        repository
            .policingBodiesOn(List.of(pfa.getGssCode()), dayOrToday(on))
            .get(pfa.getGssCode()),
        councils,
        members(csp, pfa, councils),
        vintages.containingCsp(csp).stream().map(VintageSummary::of).toList(),
        callerScope.get().coversCsp(csp.getId()));
  }

  public ForceAreaDetail forceArea(String code, Long vintageId, LocalDate on) {
    Area pfa = area(code, AreaType.POLICE_FORCE_AREA, "notFound.forceArea");
    RegistryVintage vintage =
        resolveHolding(vintageId, on, v -> holdsForceArea(pfa, v), "notFound.forceArea", code);
    Page<CspSummary> csps =
        repository.csps(
            vintage.getId(),
            new CspFilter(null, pfa.getGssCode(), null, null, false),
            Scope.none(),
            new PageRequest(0, PageRequest.MAX_SIZE, "name", false));
    String forceName =
        em.createQuery(
                "SELECT o.name FROM Organisation o WHERE o.type = :type AND o.area = :pfa",
                String.class)
            .setParameter("type", OrganisationType.POLICE_FORCE)
            .setParameter("pfa", pfa)
            .getResultStream()
            .findFirst()
            .orElse(pfa.getName());
    return new ForceAreaDetail(
        pfa.getGssCode(),
        pfa.getName(),
        pfa.getNameCy(),
        pfa.getCountry(),
        VintageSummary.of(vintage),
        forceName,
        csps.items(),
        repository
            .policingBodiesOn(List.of(pfa.getGssCode()), dayOrToday(on))
            .get(pfa.getGssCode()),
        repository.policingBodyHistory(pfa));
  }

  /**
   * A council with the CSPs that cover it in the vintage: "which CSP was E07000008 in, in 2019?"
   */
  public CouncilSummary council(String code, Long vintageId, LocalDate on) {
    Area lad = area(code, AreaType.LOCAL_AUTHORITY_DISTRICT, "notFound.council");
    RegistryVintage vintage =
        resolveHolding(vintageId, on, v -> holdsCouncil(lad, v), "notFound.council", code);
    return repository
        .councils(
            vintage.getId(),
            new CouncilFilter(null, null, lad.getGssCode(), null),
            PageRequest.of(0, PageRequest.MAX_SIZE))
        .items()
        .stream()
        .filter(council -> council.code().equals(lad.getGssCode()))
        .findFirst()
        .orElseThrow(() -> new NotFoundException("notFound.council", code));
  }

  private List<MemberSummary> members(Area csp, Area pfa, List<CouncilRef> councils) {
    List<MemberSummary> members = new ArrayList<>();
    List<String> ladCodes = councils.stream().map(CouncilRef::code).toList();
    em.createQuery(
            "SELECT o FROM Organisation o WHERE (o.type = :council AND o.area.gssCode IN :lads)"
                + " OR (o.type = :force AND o.area = :pfa) ORDER BY o.type, o.name",
            Organisation.class)
        .setParameter("council", OrganisationType.COUNCIL)
        .setParameter("lads", ladCodes.isEmpty() ? List.of("-") : ladCodes)
        .setParameter("force", OrganisationType.POLICE_FORCE)
        .setParameter("pfa", pfa)
        .getResultStream()
        .map(
            o ->
                new MemberSummary(
                    o.getId(),
                    null,
                    o.getName(),
                    o.getNameCy(),
                    o.getType(),
                    MemberRole.RESPONSIBLE_AUTHORITY,
                    true,
                    MemberSource.LOOKUP,
                    null,
                    o.getVersion()))
        .forEach(members::add);
    em.createQuery(
            "SELECT m FROM CspMembership m JOIN FETCH m.organisation WHERE m.csp = :csp",
            CspMembership.class)
        .setParameter("csp", csp)
        .getResultStream()
        .sorted(
            Comparator.comparing((CspMembership m) -> m.getRole())
                .thenComparing(m -> m.getOrganisation().getType())
                .thenComparing(m -> m.getOrganisation().getName()))
        .map(
            m ->
                new MemberSummary(
                    m.getOrganisation().getId(),
                    m.getId(),
                    m.getOrganisation().getName(),
                    m.getOrganisation().getNameCy(),
                    m.getOrganisation().getType(),
                    m.getRole(),
                    false,
                    m.getSource(),
                    m.getCoveragePercent(),
                    m.getVersion()))
        .forEach(members::add);
    return members;
  }

  private Area area(String code, AreaType type, String notFoundKey) {
    return areas
        .find(code, type)
        .orElseThrow(() -> new NotFoundException(notFoundKey, AreaRepository.normalise(code)));
  }

  private RegistryVintage resolve(Long id, LocalDate on) {
    if (id != null) {
      return vintages.find(id).orElseThrow(() -> new NotFoundException("notFound.vintage", id));
    }
    LocalDate date = on == null ? LocalDate.now(clock) : on;
    return vintages
        .inForceOn(date)
        .orElseThrow(() -> new NotFoundException("notFound.vintageOnDate", date));
  }

  private RegistryVintage vintageHolding(
      Area csp, Long vintageId, LocalDate on, String notFoundKey) {
    return resolveHolding(
        vintageId, on, v -> placement(csp, v).isPresent(), notFoundKey, csp.getGssCode());
  }

  private RegistryVintage resolveHolding(
      Long vintageId,
      LocalDate on,
      java.util.function.Predicate<RegistryVintage> holds,
      String notFoundKey,
      String code) {
    boolean explicit = vintageId != null || on != null;
    Optional<RegistryVintage> asked =
        explicit ? Optional.of(resolve(vintageId, on)) : vintages.inForceOn(LocalDate.now(clock));
    if (asked.isPresent() && holds.test(asked.get())) {
      return asked.get();
    }
    if (explicit) {
      throw new NotFoundException(notFoundKey, code);
    }
    return vintages.all().stream()
        .filter(holds)
        .findFirst()
        .orElseThrow(() -> new NotFoundException(notFoundKey, code));
  }

  private Optional<CspPlacement> placement(Area csp, RegistryVintage vintage) {
    return em.createQuery(
            "SELECT p FROM CspPlacement p JOIN FETCH p.pfa WHERE p.csp = :csp AND p.vintage = :vintage",
            CspPlacement.class)
        .setParameter("csp", csp)
        .setParameter("vintage", vintage)
        .getResultStream()
        .findFirst();
  }

  private boolean holdsForceArea(Area pfa, RegistryVintage vintage) {
    return !em.createQuery(
            "SELECT p.id FROM CspPlacement p WHERE p.pfa = :pfa AND p.vintage = :vintage",
            Long.class)
        .setParameter("pfa", pfa)
        .setParameter("vintage", vintage)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  private boolean holdsCouncil(Area lad, RegistryVintage vintage) {
    return !em.createQuery(
            "SELECT m.id FROM AreaMapping m WHERE m.lad = :lad AND m.vintage = :vintage",
            Long.class)
        .setParameter("lad", lad)
        .setParameter("vintage", vintage)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }
}
