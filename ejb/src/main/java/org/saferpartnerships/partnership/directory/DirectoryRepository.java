package org.saferpartnerships.partnership.directory;

import static org.saferpartnerships.platform.persistence.JpqlConditions.containing;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.saferpartnerships.identity.Scope;
import org.saferpartnerships.partnership.governance.PolicingBodyTerm;
import org.saferpartnerships.partnership.registry.Area;
import org.saferpartnerships.platform.persistence.JpqlConditions;
import org.saferpartnerships.platform.persistence.Page;
import org.saferpartnerships.platform.persistence.PageRequest;

/**
 * The registry's list queries: one count and one page query per list, filtered and sorted in SQL
 * with a whitelist of sort keys, plus one query per page for the rows' related codes (never one per
 * row).
 */
@Stateless
public class DirectoryRepository {

  private static final String NAME_MATCHES =
      "(LOWER(%1$s.name) LIKE :q ESCAPE '!' OR LOWER(%1$s.nameCy) LIKE :q ESCAPE '!'"
          + " OR LOWER(%1$s.gssCode) LIKE :q ESCAPE '!')";

  private static final Map<String, String> CSP_SORT =
      Map.of("code", "c.gssCode", "name", "c.name", "forceArea", "p.name");
  private static final Map<String, String> COUNCIL_SORT =
      Map.of("code", "l.gssCode", "name", "l.name", "forceArea", "p.name");
  private static final Map<String, String> FORCE_AREA_SORT =
      Map.of("code", "p.gssCode", "name", "p.name", "cspCount", "COUNT(c)");

  @PersistenceContext private EntityManager em;

  /** CSPs in a vintage; {@code scope} restricts the list only when the filter asks for "mine". */
  public Page<CspSummary> csps(long vintageId, CspFilter filter, Scope scope, PageRequest page) {
    JpqlConditions where =
        new JpqlConditions()
            .and("cp.vintage.id = :vintage", Map.of("vintage", vintageId))
            .andIf(filter.country(), "c.country = :country", "country")
            .andIf(filter.pfaCode(), "p.gssCode = :pfa", "pfa")
            .andIf(containing(filter.query()), NAME_MATCHES.formatted("c"), "q")
            .andIf(
                filter.councilType() == null ? null : filter.councilType().prefix() + "%",
                "EXISTS (SELECT m.id FROM AreaMapping m WHERE m.vintage.id = :vintage"
                    + " AND m.csp = c AND m.lad.gssCode LIKE :councilPrefix)",
                "councilPrefix");
    if (filter.mine()) {
      scope.restrictToCsps(where, "c.id");
    }
    String from = " FROM CspPlacement cp JOIN cp.csp c JOIN cp.pfa p";
    long total =
        where
            .bind(em.createQuery("SELECT COUNT(cp)" + from + where.where(), Long.class))
            .getSingleResult();
    List<CspSummary> rows =
        where
            .bind(
                em.createQuery(
                    "SELECT NEW org.saferpartnerships.partnership.directory.CspSummary("
                        + "c.gssCode, c.name, c.nameCy, c.country, p.gssCode, p.name, p.nameCy)"
                        + from
                        + where.where()
                        + orderBy(CSP_SORT, page, "c.gssCode"),
                    CspSummary.class))
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultList();
    Map<String, List<String>> lads =
        ladCodesOf(vintageId, rows.stream().map(CspSummary::code).toList());
    return new Page<>(
        rows.stream()
            .map(row -> row.withLadCodes(lads.getOrDefault(row.code(), List.of())))
            .toList(),
        total);
  }

  private Map<String, List<String>> ladCodesOf(long vintageId, Collection<String> cspCodes) {
    if (cspCodes.isEmpty()) {
      return Map.of();
    }
    return em.createQuery(
            "SELECT NEW org.saferpartnerships.partnership.directory.LinkedArea(m.csp.gssCode, m.lad.gssCode, m.lad.name, m.lad.nameCy)"
                + " FROM AreaMapping m WHERE m.vintage.id = :vintage AND m.csp.gssCode IN :codes"
                + " ORDER BY m.lad.gssCode",
            LinkedArea.class)
        .setParameter("vintage", vintageId)
        .setParameter("codes", cspCodes)
        .getResultStream()
        .collect(
            Collectors.groupingBy(
                LinkedArea::owner, Collectors.mapping(LinkedArea::code, Collectors.toList())));
  }

  public Page<CouncilSummary> councils(long vintageId, CouncilFilter filter, PageRequest page) {
    JpqlConditions where =
        new JpqlConditions()
            .and("m.vintage.id = :vintage", Map.of("vintage", vintageId))
            .andIf(filter.country(), "l.country = :country", "country")
            .andIf(filter.pfaCode(), "p.gssCode = :pfa", "pfa")
            .andIf(containing(filter.query()), NAME_MATCHES.formatted("l"), "q")
            .andIf(
                filter.councilType() == null ? null : filter.councilType().prefix() + "%",
                "l.gssCode LIKE :councilPrefix",
                "councilPrefix");
    String from = " FROM AreaMapping m JOIN m.lad l JOIN m.pfa p";
    long total =
        where
            .bind(em.createQuery("SELECT COUNT(DISTINCT l.id)" + from + where.where(), Long.class))
            .getSingleResult();
    List<CouncilSummary> rows =
        where
            .bind(
                em.createQuery(
                    "SELECT DISTINCT NEW org.saferpartnerships.partnership.directory.CouncilSummary("
                        + "l.gssCode, l.name, l.nameCy, l.country, p.gssCode, p.name, p.nameCy)"
                        + from
                        + where.where()
                        + orderBy(COUNCIL_SORT, page, "l.gssCode"),
                    CouncilSummary.class))
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultList();
    Map<String, List<AreaRef>> csps =
        cspsOfCouncils(vintageId, rows.stream().map(CouncilSummary::code).toList());
    return new Page<>(
        rows.stream().map(row -> row.withCsps(csps.getOrDefault(row.code(), List.of()))).toList(),
        total);
  }

  private Map<String, List<AreaRef>> cspsOfCouncils(long vintageId, Collection<String> ladCodes) {
    if (ladCodes.isEmpty()) {
      return Map.of();
    }
    return em.createQuery(
            "SELECT NEW org.saferpartnerships.partnership.directory.LinkedArea(m.lad.gssCode, c.gssCode, c.name, c.nameCy)"
                + " FROM AreaMapping m JOIN m.csp c"
                + " WHERE m.vintage.id = :vintage AND m.lad.gssCode IN :codes ORDER BY c.gssCode",
            LinkedArea.class)
        .setParameter("vintage", vintageId)
        .setParameter("codes", ladCodes)
        .getResultStream()
        .collect(
            Collectors.groupingBy(
                LinkedArea::owner,
                Collectors.mapping(
                    row -> new AreaRef(row.code(), row.name(), row.nameCy()),
                    Collectors.toList())));
  }

  public Page<ForceAreaSummary> forceAreas(
      long vintageId, ForceAreaFilter filter, LocalDate today, PageRequest page) {
    JpqlConditions where =
        new JpqlConditions()
            .and("cp.vintage.id = :vintage", Map.of("vintage", vintageId))
            .andIf(filter.country(), "p.country = :country", "country")
            .andIf(containing(filter.query()), NAME_MATCHES.formatted("p"), "q");
    String from = " FROM CspPlacement cp JOIN cp.pfa p JOIN cp.csp c";
    long total =
        where
            .bind(em.createQuery("SELECT COUNT(DISTINCT p.id)" + from + where.where(), Long.class))
            .getSingleResult();
    List<ForceAreaSummary> rows =
        where
            .bind(
                em.createQuery(
                    "SELECT NEW org.saferpartnerships.partnership.directory.ForceAreaSummary("
                        + "p.gssCode, p.name, p.nameCy, p.country, COUNT(c))"
                        + from
                        + where.where()
                        + " GROUP BY p.gssCode, p.name, p.nameCy, p.country"
                        + orderBy(FORCE_AREA_SORT, page, "p.gssCode"),
                    ForceAreaSummary.class))
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultList();
    Map<String, PolicingBodySummary> bodies =
        policingBodiesOn(rows.stream().map(ForceAreaSummary::code).toList(), today);
    return new Page<>(
        rows.stream().map(row -> row.withPolicingBody(bodies.get(row.code()))).toList(), total);
  }

  /** The body holding PCC functions on {@code date} in each of the given force areas. */
  public Map<String, PolicingBodySummary> policingBodiesOn(
      Collection<String> pfaCodes, LocalDate date) {
    if (pfaCodes.isEmpty()) {
      return Map.of();
    }
    return em.createQuery(
            "SELECT t FROM PolicingBodyTerm t JOIN FETCH t.body JOIN FETCH t.pfa"
                + " WHERE t.pfa.gssCode IN :codes"
                + " AND (t.validFrom IS NULL OR t.validFrom <= :date)"
                + " AND (t.validTo IS NULL OR t.validTo >= :date)",
            PolicingBodyTerm.class)
        .setParameter("codes", pfaCodes)
        .setParameter("date", date)
        .getResultStream()
        .collect(
            Collectors.toMap(t -> t.getPfa().getGssCode(), PolicingBodySummary::of, (a, b) -> a));
  }

  /** Every body that has held PCC functions in a force area, earliest first. */
  public List<PolicingBodySummary> policingBodyHistory(Area pfa) {
    return em.createQuery(
            "SELECT t FROM PolicingBodyTerm t JOIN FETCH t.body WHERE t.pfa = :pfa"
                + " ORDER BY t.validFrom",
            PolicingBodyTerm.class)
        .setParameter("pfa", pfa)
        .getResultStream()
        .map(PolicingBodySummary::of)
        .toList();
  }

  private static String orderBy(Map<String, String> columns, PageRequest page, String tieBreak) {
    String column = page.sort() == null ? null : columns.get(page.sort());
    if (column == null) {
      return " ORDER BY " + tieBreak;
    }
    return " ORDER BY " + column + (page.descending() ? " DESC" : " ASC") + ", " + tieBreak;
  }
}
