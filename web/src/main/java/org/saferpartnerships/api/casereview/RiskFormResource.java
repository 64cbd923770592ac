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
import org.saferpartnerships.api.Enums;
import org.saferpartnerships.api.InvalidParameterException;
import org.saferpartnerships.api.Params;
import org.saferpartnerships.casereview.risk.RiskBandTerms;
import org.saferpartnerships.casereview.risk.RiskFormRequest;
import org.saferpartnerships.casereview.risk.RiskFormService;
import org.saferpartnerships.casereview.risk.RiskFormSummary;
import org.saferpartnerships.casereview.risk.RiskFormView;
import org.saferpartnerships.workflow.engine.Priority;

/** The risk and vulnerability forms of a CSP: read by anyone signed in, added by administrators. */
@Path("v1/csps/{csp}/risk-forms")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Case reviews")
public class RiskFormResource {

  @EJB private RiskFormService forms;

  @GET
  @Operation(summary = "The CSP's risk forms and the national ones, the one in force marked")
  public List<RiskFormSummary> list(@PathParam("csp") String csp) {
    return forms.formsFor(csp);
  }

  @GET
  @Path("current")
  @Operation(summary = "The form in force today, with its questions, scored options and bands")
  public RiskFormView current(@PathParam("csp") String csp) {
    return forms.current(csp);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Add a form taking effect from a day no earlier than today (administrators); one band"
              + " must start at a score of 0, and each names an SLA policy for the threshold"
              + " decision")
  public Response add(@PathParam("csp") String csp, FormBody body) {
    if (body == null || body.questions() == null || body.bands() == null) {
      throw new InvalidParameterException("body", "");
    }
    forms.add(
        new RiskFormRequest(
            csp,
            Params.date("validFrom", body.validFrom()),
            body.note(),
            body.questions().stream()
                .map(
                    q ->
                        q == null
                            ? null
                            : new RiskFormRequest.Question(
                                q.textEn(),
                                q.textCy(),
                                q.options() == null
                                    ? null
                                    : q.options().stream()
                                        .map(
                                            o ->
                                                o == null
                                                    ? null
                                                    : new RiskFormRequest.Option(
                                                        o.labelEn(),
                                                        o.labelCy(),
                                                        o.score() == null ? -1 : o.score()))
                                        .toList()))
                .toList(),
            body.bands().stream()
                .map(
                    band ->
                        new RiskBandTerms(
                            band.minScore() == null ? -1 : band.minScore(),
                            band.labelEn(),
                            band.labelCy(),
                            Enums.parse(Priority.class, "priority", band.priority()),
                            band.slaPolicyCode()))
                .toList()));
    return Response.status(Response.Status.CREATED).entity(forms.current(csp)).build();
  }

  /** A new form: its questions with their scored options, and the bands of the total. */
  public record FormBody(
      String validFrom, String note, List<QuestionBody> questions, List<Band> bands) {}

  /** A question with its options. */
  public record QuestionBody(String textEn, String textCy, List<OptionBody> options) {}

  /** An option and its score. */
  public record OptionBody(String labelEn, String labelCy, Integer score) {}

  /** A band; priority is low, normal, high or urgent. */
  public record Band(
      Integer minScore, String labelEn, String labelCy, String priority, String slaPolicyCode) {}
}
