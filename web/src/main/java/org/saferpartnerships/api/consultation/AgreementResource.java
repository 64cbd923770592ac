package org.saferpartnerships.api.consultation;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.saferpartnerships.api.Params;
import org.saferpartnerships.consultation.coding.AgreementReport;
import org.saferpartnerships.consultation.coding.AgreementService;

/** How far two analysts agree in their coding of a consultation's answers. */
@Path("v1/consultations/{id}/agreement")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Consultations")
public class AgreementResource {

  @EJB private AgreementService agreements;

  @GET
  @Operation(
      summary =
          "Agreement of two analysts (Cohen's kappa per theme) over the answers both coded, and"
              + " the answers they coded differently; without first and second, the pair with the"
              + " most answers in common")
  public AgreementReport agreement(
      @PathParam("id") String id,
      @QueryParam("first") String first,
      @QueryParam("second") String second) {
    return agreements.agreement(Params.pathId(id), first, second);
  }
}
