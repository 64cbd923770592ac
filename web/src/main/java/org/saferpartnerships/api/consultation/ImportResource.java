package org.saferpartnerships.api.consultation;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.saferpartnerships.api.ApiLanguage;
import org.saferpartnerships.api.BoundedBody;
import org.saferpartnerships.api.Enums;
import org.saferpartnerships.api.InvalidParameterException;
import org.saferpartnerships.api.Params;
import org.saferpartnerships.consultation.imports.ColumnTarget;
import org.saferpartnerships.consultation.imports.ConsultationImportService;
import org.saferpartnerships.consultation.imports.ImportMapping;
import org.saferpartnerships.consultation.imports.ImportView;
import org.saferpartnerships.consultation.imports.MappingProposal;
import org.saferpartnerships.platform.files.TableReadException;

/**
 * A consultation's imports of files of responses: upload (read and checked as a table at once), the
 * proposed mapping of its columns, start with a mapping, follow, or set aside.
 */
@Path("v1/consultations/{id}/imports")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Consultations")
public class ImportResource {

  @EJB private ConsultationImportService imports;

  @Context private HttpHeaders headers;

  @POST
  @Consumes({
    MediaType.APPLICATION_OCTET_STREAM,
    "text/csv",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "application/vnd.oasis.opendocument.spreadsheet"
  })
  @Operation(
      summary =
          "Upload a file of responses (CSV in UTF-8, XLSX or ODS, named by fileName); it is read"
              + " and checked as a table at once, then waits for its mapping")
  public Response upload(
      @PathParam("id") String id,
      @QueryParam("fileName") String fileName,
      @HeaderParam("Content-Length") String length,
      InputStream body)
      throws IOException {
    long limit = imports.maxBytes();
    BoundedBody.refuseDeclaredOver(length, limit);
    byte[] content = BoundedBody.read(body, (int) Math.min(limit, Integer.MAX_VALUE - 8));
    ImportView view = imports.upload(Params.pathId(id), fileName, content);
    return Response.status(Response.Status.CREATED).entity(reply(view)).build();
  }

  @GET
  @Operation(summary = "The consultation's imports, newest first")
  public List<ImportReply> imports(@PathParam("id") String id) {
    return imports.imports(Params.pathId(id)).stream().map(this::reply).toList();
  }

  @GET
  @Path("{importId}")
  @Operation(
      summary = "An import: its progress, and the problems of a refused file by row and column")
  public ImportReply status(@PathParam("id") String id, @PathParam("importId") String importId) {
    return reply(imports.status(Params.pathId(id), Params.id("importId", importId)));
  }

  @GET
  @Path("{importId}/mapping")
  @Operation(summary = "The file's columns, sample values and what each is taken to hold")
  public MappingProposal mapping(
      @PathParam("id") String id, @PathParam("importId") String importId) {
    return imports.proposal(Params.pathId(id), Params.id("importId", importId));
  }

  @POST
  @Path("{importId}/start")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Start the import with a mapping (column from 0, target, questionId for QUESTION, themeId"
              + " for THEME or none for a new theme named by the heading); the"
              + " mapping is remembered for the next file")
  public Response start(
      @PathParam("id") String id, @PathParam("importId") String importId, MappingBody body) {
    if (body == null || body.columns() == null || body.version() == null) {
      throw new InvalidParameterException("body", "");
    }
    ImportMapping mapping =
        new ImportMapping(
            body.columns().stream()
                .map(
                    c -> {
                      if (c == null || c.column() == null) {
                        throw new InvalidParameterException("column", "");
                      }
                      return new ImportMapping.Choice(
                          c.column(),
                          Enums.parse(ColumnTarget.class, "target", c.target()),
                          c.questionId(),
                          c.themeId());
                    })
                .toList());
    ImportView view =
        imports.start(Params.pathId(id), Params.id("importId", importId), body.version(), mapping);
    return Response.accepted(reply(view)).build();
  }

  @POST
  @Path("{importId}/cancel")
  @Operation(summary = "Set aside an uploaded file that has not been started")
  public ImportReply cancel(@PathParam("id") String id, @PathParam("importId") String importId) {
    return reply(imports.cancel(Params.pathId(id), Params.id("importId", importId)));
  }

  private ImportReply reply(ImportView view) {
    return new ImportReply(
        view.id(),
        view.fileName(),
        view.format(),
        view.fileSize(),
        view.state().name(),
        view.rowCount(),
        view.rowsDone(),
        view.percent(),
        view.responsesAdded(),
        view.responsesKnown(),
        view.createdBy(),
        view.createdAt() == null ? null : view.createdAt().toString(),
        view.finishedAt() == null ? null : view.finishedAt().toString(),
        view.version(),
        TableReadException.tell(view.problems(), ApiLanguage.of(headers)));
  }

  /** An import as the API shows it. */
  public record ImportReply(
      long id,
      String fileName,
      String format,
      long fileSize,
      String state,
      int rowCount,
      int rowsDone,
      int percent,
      int responsesAdded,
      int responsesKnown,
      String createdBy,
      String createdAt,
      String finishedAt,
      long version,
      List<TableReadException.Told> problems) {}

  /** The mapping of an import. */
  public record MappingBody(Long version, List<ColumnBody> columns) {}

  /** What one column holds. */
  public record ColumnBody(Integer column, String target, Long questionId, Long themeId) {}
}
