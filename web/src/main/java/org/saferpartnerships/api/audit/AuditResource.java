package org.saferpartnerships.api.audit;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.saferpartnerships.api.PageResponse;
import org.saferpartnerships.api.Params;
import org.saferpartnerships.audit.AuditCheck;
import org.saferpartnerships.audit.AuditEntry;
import org.saferpartnerships.audit.AuditRepository;
import org.saferpartnerships.audit.AuditVerifier;
import org.saferpartnerships.platform.persistence.PageRequest;

/** The audit log, for the data protection officer: who saw or changed what, and its integrity. */
@Path("v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Audit", description = "Views and changes of personal data (DPA 2018 s62)")
public class AuditResource {

  @EJB private AuditRepository audit;

  @EJB private AuditVerifier verifier;

  @GET
  @Operation(
      summary =
          "Audit entries, newest first, by subject (e.g. CASE_REVIEW and a reference) or actor")
  public PageResponse<AuditEntry> list(
      @QueryParam("subjectType") String subjectType,
      @QueryParam("subjectRef") String subjectRef,
      @QueryParam("actor") String actor,
      @QueryParam("page") @DefaultValue("0") String page,
      @QueryParam("size") @DefaultValue("50") String size) {
    PageRequest request = Params.page(page, size, null, null);
    return PageResponse.of(
        audit.find(blank(subjectType), blank(subjectRef), blank(actor), request), request);
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
