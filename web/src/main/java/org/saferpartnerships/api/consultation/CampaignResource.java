package org.saferpartnerships.api.consultation;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.saferpartnerships.api.InvalidParameterException;
import org.saferpartnerships.api.PageResponse;
import org.saferpartnerships.api.Params;
import org.saferpartnerships.consultation.campaigns.CampaignGroupLine;
import org.saferpartnerships.consultation.campaigns.CampaignMemberLine;
import org.saferpartnerships.consultation.campaigns.CampaignReader;
import org.saferpartnerships.consultation.campaigns.CampaignRunView;
import org.saferpartnerships.consultation.campaigns.CampaignService;
import org.saferpartnerships.platform.errors.NotFoundException;
import org.saferpartnerships.platform.persistence.PageRequest;

/** Campaign responses: group near-identical written answers, and read the groups. */
@Path("v1/consultations/{id}/campaigns")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Consultations")
public class CampaignResource {

  @EJB private CampaignService campaigns;

  @EJB private CampaignReader reader;

  @POST
  @Operation(
      summary =
          "Group near-identical written answers (campaigns) at a threshold between 0.3 and 1 (the"
              + " share of word triples in common; the configured one if none), replacing the"
              + " earlier grouping; with the groups every other threshold would make")
  public CampaignRunView groupCampaigns(
      @PathParam("id") String id, @QueryParam("threshold") String threshold) {
    return campaigns.group(Params.pathId(id), threshold(threshold));
  }

  @GET
  @Operation(summary = "The latest campaign grouping, with its preview of other thresholds")
  public CampaignRunView latestCampaigns(@PathParam("id") String id) {
    return reader
        .latest(Params.pathId(id))
        .orElseThrow(() -> new NotFoundException("notFound.campaignRun", id));
  }

  @GET
  @Path("groups")
  @Operation(summary = "The latest grouping's groups, largest first, paged; of one question")
  public PageResponse<CampaignGroupLine> campaignGroups(
      @PathParam("id") String id,
      @QueryParam("question") String question,
      @QueryParam("page") @DefaultValue("0") String page,
      @QueryParam("size") @DefaultValue("25") String size) {
    PageRequest request = Params.page(page, size, null, null);
    return PageResponse.of(
        reader.groups(Params.pathId(id), Params.id("question", question), request), request);
  }

  @GET
  @Path("groups/{groupId}")
  @Operation(summary = "A group's answers, the template first, with what each added marked")
  public PageResponse<CampaignMemberLine> campaignMembers(
      @PathParam("id") String id,
      @PathParam("groupId") String groupId,
      @QueryParam("page") @DefaultValue("0") String page,
      @QueryParam("size") @DefaultValue("25") String size) {
    PageRequest request = Params.page(page, size, null, null);
    return PageResponse.of(
        reader.members(Params.pathId(id), Params.id("groupId", groupId), request), request);
  }

  private static Double threshold(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Double.valueOf(value.strip());
    } catch (NumberFormatException e) {
      throw new InvalidParameterException("threshold", value);
    }
  }
}
