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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.saferpartnerships.api.InvalidParameterException;
import org.saferpartnerships.casereview.retention.RetentionService;
import org.saferpartnerships.casereview.retention.RetentionSetting;

/** How long a CSP keeps the personal data of closed case reviews (set by administrators). */
@Path("v1/csps/{csp}/retention")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Case reviews")
public class RetentionResource {

  @EJB private RetentionService retention;

  @GET
  @Operation(
      summary =
          "Years after closure the CSP keeps a case's personal data, whether they are its own,"
              + " who set them and the version a change must send back")
  public RetentionSetting get(@PathParam("csp") String csp) {
    return retention.setting(csp);
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Set the CSP's retention in years after closure (administrators), naming the version"
              + " read (0 while the CSP has none of its own); a stale version is refused with 409")
  public RetentionSetting set(@PathParam("csp") String csp, Change body) {
    if (body.years() == null) {
      throw new InvalidParameterException("years", "");
    }
    if (body.version() == null) {
      throw new InvalidParameterException("version", "");
    }
    return retention.setYears(csp, body.years(), body.version());
  }

  /** A change of retention: the years, and the version read. */
  public record Change(Integer years, Long version) {}
}
