package org.saferpartnerships.partnership.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.saferpartnerships.identity.Scope;

/**
 * The names of a vintage's CSPs, for the drop-downs of many pages, read once per vintage and kept:
 * a vintage's partnerships never change once it is published (an import makes a new vintage), so
 * the list is the same on every node and for every caller, and only "mine" is chosen per caller, in
 * memory. Before, each page built it from the registry's full list query (with every CSP's
 * councils), several times per request.
 */
@ApplicationScoped
public class CspNames {

  private final Map<Long, List<CspName>> byVintage = new ConcurrentHashMap<>();

  @PersistenceContext private EntityManager em;

  /** Every CSP of the vintage, by English name. */
  public List<CspName> of(long vintageId) {
    return byVintage.computeIfAbsent(vintageId, this::read);
  }

  /** The CSPs of the vintage the caller's scope covers (all of them for a national scope). */
  public List<CspName> of(long vintageId, Scope scope) {
    return of(vintageId).stream().filter(csp -> scope.coversCsp(csp.id())).toList();
  }

  private List<CspName> read(long vintageId) {
    return em.createQuery(
            "SELECT NEW org.saferpartnerships.partnership.directory.CspName("
                + "c.id, c.gssCode, c.name, c.nameCy) FROM CspPlacement cp JOIN cp.csp c"
                + " WHERE cp.vintage.id = :vintage ORDER BY c.name, c.gssCode",
            CspName.class)
        .setParameter("vintage", vintageId)
        .getResultList();
  }
}
