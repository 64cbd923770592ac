package org.saferpartnerships.api.casereview;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.saferpartnerships.api.InvalidParameterException;
import org.saferpartnerships.casereview.RetentionService;

/** How long a CSP keeps the personal data of closed case reviews (set by administrators). */
@Path("v1/csps/{csp}/retention")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Case reviews")
public class RetentionResource {

  @EJB private RetentionService retention;

  @GET
  @Operation(summary = "Years after closure the CSP keeps a case's personal data")
  public Map<String, Object> get(@PathParam("csp") String csp) {
    return Map.of("csp", csp.toUpperCase(java.util.Locale.ROOT), "years", retention.yearsFor(csp));
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Set the CSP's retention in years after closure (administrators)")
  public Map<String, Object> set(@PathParam("csp") String csp, Map<String, Object> body) {
    Object years = body == null ? null : body.get("years");
    if (!(years instanceof Number number) || number.doubleValue() != number.intValue()) {
      throw new InvalidParameterException("years", String.valueOf(years));
    }
    retention.setYears(csp, number.intValue());
    return get(csp);
  }
}
