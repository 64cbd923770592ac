package org.saferpartnerships.partnership.imports;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import org.apache.commons.csv.CSVRecord;
import org.saferpartnerships.partnership.governance.GovernanceType;
import org.saferpartnerships.partnership.governance.PolicingBodyTerm;
import org.saferpartnerships.partnership.lookup.LookupFile;
import org.saferpartnerships.partnership.lookup.LookupFileReader;
import org.saferpartnerships.partnership.registry.Area;
import org.saferpartnerships.partnership.registry.AreaRepository;
import org.saferpartnerships.partnership.registry.AreaType;
import org.saferpartnerships.partnership.registry.Country;
import org.saferpartnerships.partnership.registry.Organisation;
import org.saferpartnerships.partnership.registry.OrganisationRepository;
import org.saferpartnerships.partnership.registry.OrganisationType;
import org.saferpartnerships.platform.files.ShippedCsv;
import org.saferpartnerships.platform.startup.DatabaseMigrated;

/**
 * Loads the reference data shipped in the db module (see its NOTICE): the December 2024 ONS lookup
 * through the same reader and importer an administrator uses, the Welsh CSP names ONS publishes,
 * the police force names and the bodies that have held PCC functions. Each step runs only if its
 * data is absent, so a restart or a second node changes nothing.
 */
@Stateless
public class ReferenceDataLoader {

  static final String REFERENCE = "db/reference/";
  static final String LOOKUP = "lookup_ltla24_csp24_pfa24.csv";
  static final String SYSTEM = "system";
  private static final Logger LOG = Logger.getLogger(ReferenceDataLoader.class.getName());

  @PersistenceContext private EntityManager em;

  @EJB private RegistryImporter importer;

  @EJB private OrganisationRepository organisations;

  @EJB private AreaRepository areas;

  @Inject private Clock clock;

  /** Loads what is missing of the shipped reference data, once the schema is up to date. */
  public void loadAll(@Observes DatabaseMigrated migrated) {
    loadRegistry();
    loadWelshNames();
    loadPolicingBodies();
    nameOrganisationsInWelsh();
  }

  private void loadRegistry() {
    if (count("SELECT COUNT(v) FROM RegistryVintage v") > 0) {
      return;
    }
    LookupFile file = new LookupFileReader().read(LOOKUP, bytes(LOOKUP));
    ImportOutcome outcome =
        importer.importLookup(file, new VintageRequest("ONS December 2024", null), SYSTEM);
    LOG.info(() -> "Seeded registry vintage " + outcome.vintage().label());
  }

  /**
   * Welsh names: ONS gives those of the Welsh CSPs in a separate names file; the four Welsh force
   * areas' come from a small compiled file; the Welsh councils' from ONS's 2021 district names
   * (Merthyr Tudful); and any Welsh council still without one, covered by a CSP of the same English
   * name, shares that CSP's Welsh name. Only names not yet set change.
   */
  private void loadWelshNames() {
    nameInWelsh("CSP19_EW_NC_welsh_names.csv", "CSP19CD", "CSP19NMW");
    nameInWelsh("pfa_welsh_names.csv", "pfa_code", "pfa_name_cy");
    nameInWelsh("LAD21_UK_NC_welsh_names.csv", "LAD21CD", "LAD21NMW");
    em.createQuery(
            "SELECT DISTINCT l, c.nameCy FROM AreaMapping m JOIN m.lad l JOIN m.csp c"
                + " WHERE l.country = :wales AND l.nameCy IS NULL AND c.nameCy IS NOT NULL AND l.name = c.name",
            Object[].class)
        .setParameter("wales", Country.WALES)
        .getResultList()
        .forEach(row -> ((Area) row[0]).nameInWelsh((String) row[1]));
  }

  /**
   * Organisations take the Welsh names of their areas (a council, a partnership, a force area) once
   * those are known; the Welsh forces and policing bodies take the names they use themselves, from
   * a compiled file. Only names not yet set change, so an administrator's correction stays.
   */
  private void nameOrganisationsInWelsh() {
    em.createQuery(
            "SELECT o FROM Organisation o JOIN o.area a WHERE o.nameCy IS NULL"
                + " AND a.nameCy IS NOT NULL AND o.type <> :force",
            Organisation.class)
        .setParameter("force", OrganisationType.POLICE_FORCE)
        .getResultList()
        .forEach(o -> o.rename(o.getName(), o.getArea().getNameCy()));
    for (CSVRecord row : csv("welsh_police_names.csv")) {
      forceArea(row.get("pfa_code"))
          .flatMap(pfa -> organisations.forArea(OrganisationType.POLICE_FORCE, pfa))
          .filter(force -> force.getNameCy() == null)
          .ifPresent(force -> force.rename(force.getName(), row.get("force_name_cy").trim()));
      organisations
          .findByTypeAndName(OrganisationType.POLICING_BODY, row.get("body_name").trim())
          .filter(body -> body.getNameCy() == null)
          .ifPresent(body -> body.rename(body.getName(), row.get("body_name_cy").trim()));
    }
  }

  private void nameInWelsh(String file, String codeColumn, String welshColumn) {
    for (CSVRecord row : csv(file)) {
      String nameCy = row.get(welshColumn).trim();
      if (nameCy.isEmpty()) {
        continue;
      }
      em.createNamedQuery("Area.findByCode", Area.class)
          .setParameter("code", row.get(codeColumn).trim())
          .getResultStream()
          .filter(area -> area.getNameCy() == null)
          .forEach(area -> area.nameInWelsh(nameCy));
    }
  }

  private void loadPolicingBodies() {
    if (count("SELECT COUNT(t) FROM PolicingBodyTerm t") > 0) {
      return;
    }
    for (CSVRecord row : csv("pfa24_governance_compiled.csv")) {
      forceArea(row.get("pfa24_code"))
          .flatMap(pfa -> organisations.forArea(OrganisationType.POLICE_FORCE, pfa))
          .ifPresent(force -> force.rename(row.get("force_name").trim(), force.getNameCy()));
    }
    for (CSVRecord row : csv("policing_body_terms.csv")) {
      forceArea(row.get("pfa_code"))
          .ifPresent(
              pfa -> {
                Organisation body = policingBody(row.get("body_name").trim());
                em.persist(
                    new PolicingBodyTerm(
                        pfa,
                        body,
                        GovernanceType.valueOf(row.get("governance_type")),
                        date(row.get("valid_from")),
                        date(row.get("valid_to")),
                        row.get("source"),
                        row.get("note")));
              });
    }
  }

  private Organisation policingBody(String name) {
    return organisations
        .findByTypeAndName(OrganisationType.POLICING_BODY, name)
        .orElseGet(
            () -> {
              Organisation body =
                  new Organisation(
                      OrganisationType.POLICING_BODY, name, null, null, clock.instant(), SYSTEM);
              em.persist(body);
              return body;
            });
  }

  private java.util.Optional<Area> forceArea(String code) {
    return areas.find(code, AreaType.POLICE_FORCE_AREA);
  }

  private long count(String jpql) {
    return em.createQuery(jpql, Long.class).getSingleResult();
  }

  private static LocalDate date(String text) {
    return text == null || text.isBlank() ? null : LocalDate.parse(text.trim());
  }

  private static byte[] bytes(String name) {
    try (InputStream in = open(name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<CSVRecord> csv(String name) {
    return ShippedCsv.read(ReferenceDataLoader.class.getClassLoader(), REFERENCE + name);
  }

  private static InputStream open(String name) {
    InputStream in =
        ReferenceDataLoader.class.getClassLoader().getResourceAsStream(REFERENCE + name);
    if (in == null) {
      throw new IllegalStateException(
          "Reference data " + REFERENCE + name + " is not on the class path");
    }
    return in;
  }
}
