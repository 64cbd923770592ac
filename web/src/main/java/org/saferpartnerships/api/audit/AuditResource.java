package org.saferpartnerships.api.audit;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.saferpartnerships.api.ListDownload;
import org.saferpartnerships.api.Params;
import org.saferpartnerships.audit.AuditCheck;
import org.saferpartnerships.audit.AuditEntry;
import org.saferpartnerships.audit.AuditRepository;
import org.saferpartnerships.audit.AuditVerifier;
import org.saferpartnerships.platform.persistence.PageRequest;
import org.saferpartnerships.web.tables.Columns;

/** The audit log, for the data protection officer: who saw or changed what, and its integrity. */
@Path("v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Audit", description = "Views and changes of personal data (DPA 2018 s62)")
public class AuditResource {

  @EJB private AuditRepository audit;

  @EJB private AuditVerifier verifier;

  /** The columns of the audit log's download. */
  private static final Columns<AuditEntry> COLUMNS =
      new Columns<AuditEntry>()
          .add("id", "", AuditEntry::id)
          .add("occurred_at", "", e -> e.occurredAt().toString())
          .add("actor", "", AuditEntry::actor)
          .add("action", "", e -> e.action().name())
          .add("subject_type", "", AuditEntry::subjectType)
          .add("subject_ref", "", AuditEntry::subjectRef)
          .add("detail", "", AuditEntry::detail)
          .add("hash", "", AuditEntry::hash);

  @GET
  @Produces({MediaType.APPLICATION_JSON, ListDownload.CSV, ListDownload.XLSX, ListDownload.ODS})
  @Operation(
      summary =
          "Audit entries, newest first, by subject (e.g. CASE_REVIEW and a reference) or actor;"
              + " with format=csv, xlsx or ods every matching entry as a file")
  public Response list(
      @QueryParam("subjectType") String subjectType,
      @QueryParam("subjectRef") String subjectRef,
      @QueryParam("actor") String actor,
      @QueryParam("page") @DefaultValue("0") String page,
      @QueryParam("size") @DefaultValue("50") String size,
      @Parameter(description = "json (default), csv, xlsx or ods") @QueryParam("format")
          String format) {
    PageRequest request = Params.page(page, size, null, null);
    String type = blank(subjectType);
    String ref = blank(subjectRef);
    String who = blank(actor);
    return ListDownload.answer(
        format, "audit", "Audit log", COLUMNS, request, each -> audit.find(type, ref, who, each));
  }

  @GET
  @Path("verify")
  @Operation(summary = "Recompute the hash chain: finds any altered or deleted entry")
  public AuditCheck verify() {
    return verifier.verify();
  }

  private static String blank(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }
}
