package org.saferpartnerships.partnership.registry;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Organisations: finding them, and creating the ones the registry implies (a council for each
 * council area, a police force for each force area, a partnership for each CSP).
 */
@Stateless
public class OrganisationRepository {

  @PersistenceContext private EntityManager em;

  @Inject private Clock clock;

  public Optional<Organisation> find(long id) {
    return Optional.ofNullable(em.find(Organisation.class, id));
  }

  public Optional<Organisation> findByTypeAndName(OrganisationType type, String name) {
    return em.createNamedQuery("Organisation.findByTypeAndName", Organisation.class)
        .setParameter("type", type)
        .setParameter("name", name.trim())
        .getResultStream()
        .findFirst();
  }

  public Optional<Organisation> forArea(OrganisationType type, Area area) {
    return em.createNamedQuery("Organisation.findByTypeAndAreas", Organisation.class)
        .setParameter("type", type)
        .setParameter("areas", List.of(area))
        .getResultStream()
        .findFirst();
  }

  /** Organisations of the given types whose name contains the text, for pickers; at most 20. */
  public List<Organisation> search(Collection<OrganisationType> types, String text) {
    return em.createQuery(
            "SELECT o FROM Organisation o WHERE o.type IN :types AND LOWER(o.name) LIKE :q ESCAPE '!'"
                + " ORDER BY o.name",
            Organisation.class)
        .setParameter("types", types)
        .setParameter(
            "q",
            org.saferpartnerships.platform.persistence.JpqlConditions.containing(
                text == null || text.isBlank() ? "%" : text))
        .setMaxResults(20)
        .getResultList();
  }

  public void ensureAreaOrganisations(Collection<Area> areas, String actor) {
    for (AreaType type : AreaType.values()) {
      OrganisationType organisationType = type.organisationType();
      List<Area> ofType = areas.stream().filter(area -> area.getType() == type).toList();
      if (ofType.isEmpty()) {
        continue;
      }
      Set<Area> existing =
          em.createNamedQuery("Organisation.findByTypeAndAreas", Organisation.class)
              .setParameter("type", organisationType)
              .setParameter("areas", ofType)
              .getResultStream()
              .map(Organisation::getArea)
              .collect(Collectors.toCollection(HashSet::new));
      ofType.stream()
          .filter(area -> !existing.contains(area))
          .forEach(
              area ->
                  em.persist(
                      new Organisation(
                          organisationType,
                          area.getName(),
                          area.getNameCy(),
                          area,
                          clock.instant(),
                          actor)));
    }
  }
}
