package org.saferpartnerships.api.casereview;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.saferpartnerships.api.Params;
import org.saferpartnerships.casereview.threshold.ProcedureText;
import org.saferpartnerships.casereview.threshold.ThresholdRuleRequest;
import org.saferpartnerships.casereview.threshold.ThresholdRuleService;
import org.saferpartnerships.casereview.threshold.ThresholdRuleSummary;
import org.saferpartnerships.casereview.threshold.ThresholdTerms;

/** The threshold rules of a CSP: read by anyone signed in, added by administrators. */
@Path("v1/csps/{csp}/threshold-rules")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Case reviews")
public class ThresholdRuleResource {

  @EJB private ThresholdRuleService rules;

  @GET
  @Operation(
      summary = "The CSP's threshold rules and the national default, the one in force marked")
  public List<ThresholdRuleSummary> list(@PathParam("csp") String csp) {
    return rules.rulesFor(csp);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Add a rule taking effect from a day no earlier than today (administrators)")
  public Response add(@PathParam("csp") String csp, RuleBody body) {
    Params.required(body);
    rules.add(
        new ThresholdRuleRequest(
            csp,
            Params.date("validFrom", body.validFrom()),
            body.complaintsRequired() == null
                ? ThresholdTerms.STATUTORY_COMPLAINTS
                : body.complaintsRequired(),
            body.windowMonths() == null
                ? ThresholdTerms.STATUTORY_WINDOW_MONTHS
                : body.windowMonths(),
            body.reportLagMonths() == null ? 1 : body.reportLagMonths(),
            body.locationReportsRequired(),
            body.locationReportersRequired() == null ? 2 : body.locationReportersRequired(),
            Boolean.TRUE.equals(body.hateIncidentMeets()),
            !Boolean.FALSE.equals(body.discretionAllowed()),
            body.note(),
            body.procedure() == null ? null : body.procedure().text()));
    return Response.status(Response.Status.CREATED).entity(rules.rulesFor(csp)).build();
  }

  /** A new rule; numbers left out take the national defaults; the procedure published with it. */
  public record RuleBody(
      String validFrom,
      Integer complaintsRequired,
      Integer windowMonths,
      Integer reportLagMonths,
      Integer locationReportsRequired,
      Integer locationReportersRequired,
      Boolean hateIncidentMeets,
      Boolean discretionAllowed,
      String note,
      ProcedureBody procedure) {}

  /**
   * The procedure published with a rule, as sent (checked as {@link ProcedureText}; a separate type
   * because the OpenAPI generator fails on constraint annotations of record components).
   */
  public record ProcedureBody(
      String procedureEn,
      String procedureCy,
      String contactName,
      String contactEmail,
      String contactPhone) {

    ProcedureText text() {
      return new ProcedureText(procedureEn, procedureCy, contactName, contactEmail, contactPhone);
    }
  }
}
