package org.saferpartnerships.api.partnership;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.saferpartnerships.api.Enums;
import org.saferpartnerships.api.Params;
import org.saferpartnerships.partnership.governance.GovernanceService;
import org.saferpartnerships.partnership.governance.GovernanceTransfer;
import org.saferpartnerships.partnership.governance.GovernanceType;
import org.saferpartnerships.partnership.governance.TransferOutcome;

/** Changes of governance of a force area (administrators). */
@Path("v1/police-force-areas/{code}/governance-transfers")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Police force areas")
public class GovernanceResource {

  /** The body of a transfer. */
  public record TransferBody(
      String bodyName,
      String bodyNameCy,
      String type,
      String effectiveOn,
      String source,
      String note) {}

  @EJB private GovernanceService governance;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Record that PCC functions passed to another body (a mayor, a PFCC, a board) from a day"
              + " (today or earlier); the old body's open work in the area moves to it")
  public TransferOutcome transfer(@PathParam("code") String code, TransferBody body) {
    Params.required(body);
    return governance.transfer(
        new GovernanceTransfer(
            Params.code(code),
            body.bodyName(),
            body.bodyNameCy(),
            Enums.parse(GovernanceType.class, "type", body.type()),
            Params.date("effectiveOn", body.effectiveOn()),
            body.source(),
            body.note()));
  }
}
