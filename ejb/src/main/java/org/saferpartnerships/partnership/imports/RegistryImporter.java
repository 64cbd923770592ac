package org.saferpartnerships.partnership.imports;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.saferpartnerships.partnership.directory.VintageSummary;
import org.saferpartnerships.partnership.lookup.LookupFile;
import org.saferpartnerships.partnership.lookup.LookupProblem;
import org.saferpartnerships.partnership.lookup.LookupRejectedException;
import org.saferpartnerships.partnership.lookup.LookupRow;
import org.saferpartnerships.partnership.membership.StatutoryPartners;
import org.saferpartnerships.partnership.registry.Area;
import org.saferpartnerships.partnership.registry.AreaMapping;
import org.saferpartnerships.partnership.registry.AreaType;
import org.saferpartnerships.partnership.registry.CspPlacement;
import org.saferpartnerships.partnership.registry.OrganisationRepository;
import org.saferpartnerships.partnership.registry.RegistryVintage;
import org.saferpartnerships.partnership.registry.VintageRepository;

/**
 * Writes a checked lookup file as a new vintage, in the caller's transaction: the vintage, any
 * areas not seen before, one mapping row per file row, one placement per CSP, and the council,
 * police force and partnership organisations of new areas. Shared by the administrator's import and
 * the start-up seeding; it does no authorisation itself.
 */
@Stateless
public class RegistryImporter {

  @PersistenceContext private EntityManager em;

  @EJB private VintageRepository vintages;

  @EJB private OrganisationRepository organisations;

  @EJB private StatutoryPartners partners;

  @Inject private Clock clock;

  public ImportOutcome importLookup(LookupFile file, VintageRequest request, String actor) {
    Optional<RegistryVintage> same = vintages.findByContent(file.contentSha256());
    if (same.isPresent()) {
      return new ImportOutcome(VintageSummary.of(same.get()), false, 0);
    }
    LocalDate validFrom = validFrom(file, request);
    vintages
        .findByValidFrom(validFrom)
        .ifPresent(
            taken -> {
              throw LookupRejectedException.of(
                  LookupProblem.at(0, "vintage.validFromTaken", validFrom, taken.getLabel()));
            });
    boolean newest = vintages.all().stream().allMatch(v -> v.getValidFrom().isBefore(validFrom));
    RegistryVintage vintage =
        new RegistryVintage(
            label(file, request),
            file.referenceYear(),
            validFrom,
            truncate(file.fileName(), 255),
            file.contentSha256(),
            file.counts(),
            clock.instant(),
            actor);
    em.persist(vintage);
    Map<String, Area> areas = existingAreas(file);
    Set<String> known = Set.copyOf(areas.keySet());
    int before = areas.size();
    for (LookupRow row : file.rows()) {
      Area lad =
          area(
              areas,
              row.ladCode(),
              AreaType.LOCAL_AUTHORITY_DISTRICT,
              row.ladName(),
              row.ladNameCy(),
              newest);
      Area csp =
          area(
              areas,
              row.cspCode(),
              AreaType.COMMUNITY_SAFETY_PARTNERSHIP,
              row.cspName(),
              row.cspNameCy(),
              newest);
      Area pfa =
          area(
              areas,
              row.pfaCode(),
              AreaType.POLICE_FORCE_AREA,
              row.pfaName(),
              row.pfaNameCy(),
              newest);
      em.persist(new AreaMapping(vintage, lad, csp, pfa, row.line()));
    }
    Map<String, String> forceAreaOfCsp = new LinkedHashMap<>();
    file.rows().forEach(row -> forceAreaOfCsp.putIfAbsent(row.cspCode(), row.pfaCode()));
    forceAreaOfCsp.forEach(
        (csp, pfa) -> em.persist(new CspPlacement(vintage, areas.get(csp), areas.get(pfa))));
    organisations.ensureAreaOrganisations(areas.values(), actor);
    em.flush();
    partners.assign(
        areas.values().stream()
            .filter(area -> area.getType() == AreaType.COMMUNITY_SAFETY_PARTNERSHIP)
            .filter(area -> !known.contains(area.getGssCode()))
            .toList());
    return new ImportOutcome(VintageSummary.of(vintage), true, areas.size() - before);
  }

  private static LocalDate validFrom(LookupFile file, VintageRequest request) {
    if (request.validFrom() != null) {
      return request.validFrom();
    }
    if (file.referenceYear() == null) {
      throw LookupRejectedException.of(LookupProblem.at(0, "vintage.validFromNeeded"));
    }
    return VintageRequest.defaultValidFrom(file.referenceYear());
  }

  private static String label(LookupFile file, VintageRequest request) {
    String label = request.label() == null ? "" : request.label().trim();
    if (label.isEmpty()) {
      return truncate(file.fileName(), VintageRequest.LABEL_MAX);
    }
    if (label.length() > VintageRequest.LABEL_MAX) {
      throw LookupRejectedException.of(
          LookupProblem.at(0, "vintage.labelTooLong", VintageRequest.LABEL_MAX));
    }
    return label;
  }

  private static String truncate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }

  private Map<String, Area> existingAreas(LookupFile file) {
    List<String> codes =
        file.rows().stream()
            .flatMap(row -> Stream.of(row.ladCode(), row.cspCode(), row.pfaCode()))
            .distinct()
            .toList();
    Map<String, Area> areas = new HashMap<>();
    em.createNamedQuery("Area.findByCodes", Area.class)
        .setParameter("codes", codes)
        .getResultStream()
        .forEach(area -> areas.put(area.getGssCode(), area));
    return areas;
  }

  private Area area(
      Map<String, Area> areas,
      String code,
      AreaType type,
      String name,
      String nameCy,
      boolean newest) {
    Area area = areas.get(code);
    if (area == null) {
      area = new Area(code, type, name);
      area.rename(name, nameCy);
      em.persist(area);
      areas.put(code, area);
    } else if (newest && !name.equals(area.getName())) {
      area.rename(name, nameCy);
    }
    return area;
  }
}
