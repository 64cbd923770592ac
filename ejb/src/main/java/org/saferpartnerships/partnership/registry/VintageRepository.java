package org.saferpartnerships.partnership.registry;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Queries over registry vintages. */
@Stateless
public class VintageRepository {

  @PersistenceContext private EntityManager em;

  public Optional<RegistryVintage> find(long id) {
    return Optional.ofNullable(em.find(RegistryVintage.class, id));
  }

  /** The vintage in force on a date: the latest that starts on or before it. */
  public Optional<RegistryVintage> inForceOn(LocalDate date) {
    return em.createNamedQuery("RegistryVintage.inForceOn", RegistryVintage.class)
        .setParameter("date", date)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  public Optional<RegistryVintage> findByContent(String sha256) {
    return em.createNamedQuery("RegistryVintage.findByContent", RegistryVintage.class)
        .setParameter("sha", sha256)
        .getResultStream()
        .findFirst();
  }

  public Optional<RegistryVintage> findByValidFrom(LocalDate date) {
    return em.createNamedQuery("RegistryVintage.findByValidFrom", RegistryVintage.class)
        .setParameter("date", date)
        .getResultStream()
        .findFirst();
  }

  /** Newest first. */
  public List<RegistryVintage> all() {
    return em.createNamedQuery("RegistryVintage.all", RegistryVintage.class).getResultList();
  }

  /** The vintages a CSP appears in, newest first. */
  public List<RegistryVintage> containingCsp(Area csp) {
    return em.createQuery(
            "SELECT p.vintage FROM CspPlacement p WHERE p.csp = :csp ORDER BY p.vintage.validFrom DESC",
            RegistryVintage.class)
        .setParameter("csp", csp)
        .getResultList();
  }
}
