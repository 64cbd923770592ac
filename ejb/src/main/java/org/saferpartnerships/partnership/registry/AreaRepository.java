package org.saferpartnerships.partnership.registry;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Locale;
import java.util.Optional;
import org.saferpartnerships.platform.errors.NotFoundException;

/** Finding a GSS-coded area by its code, as typed by a person or read from a file. */
@Stateless
public class AreaRepository {

  @PersistenceContext private EntityManager em;

  /** The area with this code (trimmed, upper-cased) if it is of the given type. */
  public Optional<Area> find(String code, AreaType type) {
    return em.createNamedQuery("Area.findByCode", Area.class)
        .setParameter("code", normalise(code))
        .getResultStream()
        .filter(area -> area.getType() == type)
        .findFirst();
  }

  /** The CSP with this code, or "not found" naming the code. */
  public Area csp(String code) {
    return find(code, AreaType.COMMUNITY_SAFETY_PARTNERSHIP)
        .orElseThrow(() -> new NotFoundException("notFound.csp", normalise(code)));
  }

  public static String normalise(String code) {
    return code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
  }
}
