package org.saferpartnerships.partnership.imports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.saferpartnerships.audit.AuditAction;
import org.saferpartnerships.audit.AuditLog;
import org.saferpartnerships.identity.CallerScope;
import org.saferpartnerships.identity.Role;
import org.saferpartnerships.partnership.directory.VintageSummary;
import org.saferpartnerships.partnership.lookup.LookupFile;
import org.saferpartnerships.partnership.lookup.LookupFileReader;
import org.saferpartnerships.partnership.registry.RegistryVintage;
import org.saferpartnerships.partnership.registry.VintageRepository;
import org.saferpartnerships.platform.errors.ConflictException;
import org.saferpartnerships.platform.errors.NotFoundException;

/**
 * The administrator's use cases on registry vintages: import another ONS lookup, or withdraw one
 * imported by mistake. A file is read and checked whole before the transaction writes anything; a
 * rejected file leaves the database as it was.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class RegistryImportService {

  @PersistenceContext private EntityManager em;

  @EJB private AuditLog audit;

  @EJB private RegistryImporter importer;

  @EJB private VintageRepository vintages;

  @Inject private CallerScope caller;

  private final LookupFileReader reader = new LookupFileReader();

  public ImportOutcome importLookup(String fileName, byte[] content, VintageRequest request) {
    LookupFile file =
        reader.read(fileName == null || fileName.isBlank() ? "lookup.csv" : fileName, content);
    ImportOutcome outcome = importer.importLookup(file, request, caller.username());
    if (outcome.created()) {
      audit.record(
          caller.username(),
          AuditAction.CREATE,
          "REGISTRY_VINTAGE",
          String.valueOf(outcome.vintage().id()),
          null,
          file.fileName());
    }
    return outcome;
  }

  /** Reads and checks a file without writing anything, so the administrator can confirm. */
  public ImportPreview preview(String fileName, byte[] content) {
    LookupFile file =
        reader.read(fileName == null || fileName.isBlank() ? "lookup.csv" : fileName, content);
    return new ImportPreview(
        file.fileName(),
        file.referenceYear(),
        file.counts(),
        VintageRequest.defaultValidFrom(file.referenceYear()),
        vintages.findByContent(file.contentSha256()).map(VintageSummary::of).orElse(null));
  }

  public void withdrawVintage(long id) {
    RegistryVintage vintage =
        vintages.find(id).orElseThrow(() -> new NotFoundException("notFound.vintage", id));
    List<RegistryVintage> all = vintages.all();
    if (all.size() == 1) {
      throw new ConflictException("vintage.lastOne", vintage.getLabel());
    }
    em.createQuery("DELETE FROM CspPlacement p WHERE p.vintage = :vintage")
        .setParameter("vintage", vintage)
        .executeUpdate();
    em.createQuery("DELETE FROM AreaMapping m WHERE m.vintage = :vintage")
        .setParameter("vintage", vintage)
        .executeUpdate();
    em.remove(vintage);
    audit.record(
        caller.username(),
        AuditAction.UPDATE,
        "REGISTRY_VINTAGE",
        String.valueOf(id),
        null,
        "withdrawn " + vintage.getLabel());
  }
}
