package org.saferpartnerships.api.partnership;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.saferpartnerships.api.InvalidParameterException;
import org.saferpartnerships.api.Params;
import org.saferpartnerships.identity.Role;
import org.saferpartnerships.partnership.directory.PartnershipDirectory;
import org.saferpartnerships.partnership.directory.VintageSummary;
import org.saferpartnerships.partnership.imports.ImportOutcome;
import org.saferpartnerships.partnership.imports.RegistryImportService;
import org.saferpartnerships.partnership.imports.VintageRequest;
import org.saferpartnerships.partnership.lookup.LookupFileReader;
import org.saferpartnerships.platform.errors.ServiceException;

/**
 * Registry vintages: list them, import another ONS lookup (administrators), withdraw one imported
 * by mistake. An import answers 201 with the new vintage, 200 when the same data was imported
 * before (nothing written), or 422 with every problem in the file by line.
 */
@Path("v1/registry")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Registry", description = "ONS lookup vintages and their import")
public class RegistryResource {

  @EJB private PartnershipDirectory directory;

  @EJB private RegistryImportService imports;

  @Context private UriInfo uri;

  @GET
  @Path("vintages")
  @Operation(summary = "Every vintage, newest first")
  public List<VintageSummary> vintages() {
    return directory.vintages();
  }

  @GET
  @Path("vintages/{id}")
  @Operation(summary = "One vintage")
  public VintageSummary vintage(@PathParam("id") String id) {
    return directory.vintage(Params.id("id", id), null);
  }

  @POST
  @Path("imports")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @RolesAllowed(Role.Names.ADMIN)
  @Operation(
      summary = "Import an ONS LAD to CSP to PFA lookup file as a new vintage (administrators)")
  public Response importLookup(
      @FormParam("file") EntityPart file,
      @FormParam("label") String label,
      @FormParam("validFrom") String validFrom) {
    if (file == null) {
      throw InvalidParameterException.missing("upload.missing");
    }
    byte[] content = read(file);
    String name = file.getFileName().orElse("lookup.csv");
    ImportOutcome outcome =
        imports.importLookup(
            name,
            content,
            new VintageRequest(Params.text("label", label), Params.date("validFrom", validFrom)));
    ImportResponse body =
        new ImportResponse(outcome.vintage(), outcome.created(), outcome.newAreas());
    if (!outcome.created()) {
      return Response.ok(body).build();
    }
    return Response.created(
            uri.getBaseUriBuilder().path("v1/registry/vintages/{id}").build(outcome.vintage().id()))
        .entity(body)
        .build();
  }

  @DELETE
  @Path("vintages/{id}")
  @RolesAllowed(Role.Names.ADMIN)
  @Operation(summary = "Withdraw a vintage imported by mistake (administrators)")
  public Response withdraw(@PathParam("id") String id) {
    Long vintage = Params.id("id", id);
    if (vintage == null) {
      throw new InvalidParameterException("id", id);
    }
    imports.withdrawVintage(vintage);
    return Response.noContent().build();
  }

  private static byte[] read(EntityPart file) {
    try (InputStream in = file.getContent()) {
      byte[] content = in.readNBytes(LookupFileReader.MAX_BYTES + 1);
      if (content.length > LookupFileReader.MAX_BYTES) {
        throw new ServiceException("upload.tooLarge", LookupFileReader.MAX_BYTES);
      }
      return content;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
