package org.saferpartnerships.api.casereview;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.saferpartnerships.api.FileTransfer;
import org.saferpartnerships.api.InvalidParameterException;
import org.saferpartnerships.api.Params;
import org.saferpartnerships.casereview.returns.DataReturnColumn;
import org.saferpartnerships.casereview.returns.DataReturnRow;
import org.saferpartnerships.casereview.returns.DataReturnService;
import org.saferpartnerships.platform.files.TableFormat;
import org.saferpartnerships.platform.files.TableWriter;

/**
 * The data return of ASB case reviews to the Home Secretary, per partnership and quarter, for
 * administrators and Home Office analysts; its columns as an administrator sets them.
 */
@Path("v1/returns/case-reviews")
@Produces({
  MediaType.APPLICATION_JSON,
  "text/csv",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  "application/vnd.oasis.opendocument.spreadsheet"
})
@RequestScoped
@Tag(name = "Case reviews")
public class DataReturnResource {

  @EJB private DataReturnService returns;

  @GET
  @Operation(
      summary =
          "The return for the financial year beginning in April of the year given: per partnership"
              + " and quarter, the statutory figures and the reviews by the policing body, each"
              + " partnership's quarters checked against its year; as JSON, CSV, XLSX or ODS")
  public Response get(@QueryParam("year") String year, @QueryParam("format") String format) {
    Integer financialYear = Params.optionalInteger("year", year);
    if (financialYear == null) {
      throw new InvalidParameterException("year", "");
    }
    TableFormat file = null;
    if (format != null && !format.isBlank() && !"json".equalsIgnoreCase(format.trim())) {
      file = TableFormat.byExtension(format);
      if (file == null) {
        throw new InvalidParameterException("format", format);
      }
    }
    List<DataReturnRow> rows = returns.rows(financialYear);
    List<DataReturnColumn> columns = returns.layout();
    if (file == null) {
      return Response.ok(new Return(financialYear, columns, rows), MediaType.APPLICATION_JSON)
          .build();
    }
    List<List<Object>> cells =
        rows.stream().map(row -> columns.stream().map(c -> c.valueOf(row)).toList()).toList();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    TableWriter.write(
        file,
        "ASB case review return",
        columns.stream().map(DataReturnColumn::heading).toList(),
        TableWriter.all(cells),
        bytes);
    return FileTransfer.attachment(
        bytes.toByteArray(),
        file.contentType(),
        "asb-case-review-return-" + financialYear + "." + file.extension());
  }

  @GET
  @Path("layout")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The columns of the return, in order, and the columns it may have")
  public Layout layout() {
    return new Layout(
        returns.layout(), returns.layoutVersion(), Arrays.asList(DataReturnColumn.values()));
  }

  @PUT
  @Path("layout")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Sets the columns of the return, in order (administrators)")
  public Layout setLayout(LayoutBody body) {
    Params.required(body);
    if (body.version() == null) {
      throw new InvalidParameterException("version", "");
    }
    returns.setLayout(body.columns(), body.version());
    return layout();
  }

  /** The return as JSON. */
  public record Return(int year, List<DataReturnColumn> columns, List<DataReturnRow> rows) {}

  /** The layout, with every column it may have. */
  public record Layout(
      List<DataReturnColumn> columns, long version, List<DataReturnColumn> available) {}

  /** A new layout: column names in order, and the version of the layout it replaces. */
  public record LayoutBody(List<String> columns, Long version) {}
}
