package org.saferpartnerships.casereview.threshold;

import jakarta.annotation.Priority;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.apache.commons.csv.CSVRecord;
import org.saferpartnerships.partnership.Registry;
import org.saferpartnerships.partnership.registry.Area;
import org.saferpartnerships.partnership.registry.AreaRepository;
import org.saferpartnerships.partnership.registry.AreaType;
import org.saferpartnerships.platform.files.ShippedCsv;
import org.saferpartnerships.platform.startup.DatabaseMigrated;

/**
 * Seeds the published local procedures that differ from the Act's default, for every partnership of
 * the force area whose procedure it is (South Wales: a hate incident, or five reports at a linked
 * location by several people, also meet the threshold). A partnership that already has a rule of
 * its own keeps it, so a restart, a second node or an administrator's own rule change nothing. It
 * runs after the registry is loaded (a later priority than the registry's loader).
 */
@Stateless
public class LocalProcedureSeeder {

  static final String FILE = "local_procedures.csv";
  private static final Logger LOG = Logger.getLogger(LocalProcedureSeeder.class.getName());

  @PersistenceContext private EntityManager em;

  @Inject private Clock clock;

  @EJB private Registry registry;

  @EJB private AreaRepository areas;

  public void seed(@Observes @Priority(Interceptor.Priority.APPLICATION + 900) DatabaseMigrated m) {
    int seeded = 0;
    for (CSVRecord row : rows()) {
      ThresholdTerms terms =
          new ThresholdTerms(
              Integer.parseInt(row.get("complaints_required")),
              Integer.parseInt(row.get("window_months")),
              Integer.parseInt(row.get("report_lag_months")),
              blank(row.get("location_reports_required"))
                  ? null
                  : Integer.valueOf(row.get("location_reports_required")),
              Integer.parseInt(row.get("location_reporters_required")),
              Boolean.parseBoolean(row.get("hate_incident_meets")),
              Boolean.parseBoolean(row.get("discretion_allowed")));
      if (terms.breachOfLaw() != null) {
        throw new IllegalStateException(FILE + ": a procedure beyond the Act for " + row.get(0));
      }
      String note = row.get("note").trim() + " Source: " + row.get("source").trim();
      for (Area csp : cspsWithoutARule(row.get("pfa_code").trim())) {
        em.persist(
            new ThresholdRule(
                csp,
                LocalDate.parse(row.get("valid_from").trim()),
                terms,
                note.length() > 1000 ? note.substring(0, 1000) : note,
                clock.instant(),
                "system"));
        seeded++;
      }
    }
    if (seeded > 0) {
      LOG.info("Seeded " + seeded + " partnerships' published local case review procedures");
    }
  }

  /** The CSPs placed in the force area in any vintage that have no threshold rule of their own. */
  private List<Area> cspsWithoutARule(String pfaCode) {
    Area pfa = areas.find(pfaCode, AreaType.POLICE_FORCE_AREA).orElse(null);
    if (pfa == null) {
      return List.of();
    }
    Set<Long> ids = registry.cspsEverIn(pfa.getId());
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT a FROM Area a WHERE a.id IN :ids"
                + " AND NOT EXISTS (SELECT r FROM ThresholdRule r WHERE r.csp = a)",
            Area.class)
        .setParameter("ids", ids)
        .getResultList();
  }

  private static List<CSVRecord> rows() {
    return ShippedCsv.read(
        LocalProcedureSeeder.class.getClassLoader(),
        "org/saferpartnerships/casereview/threshold/" + FILE);
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
