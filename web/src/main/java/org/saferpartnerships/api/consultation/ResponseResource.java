package org.saferpartnerships.api.consultation;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.saferpartnerships.api.FileTransfer;
import org.saferpartnerships.api.InvalidParameterException;
import org.saferpartnerships.api.Params;
import org.saferpartnerships.consultation.ConsultationService;
import org.saferpartnerships.consultation.ConsultationView;
import org.saferpartnerships.consultation.responses.LetterResponseRequest;
import org.saferpartnerships.consultation.responses.ResponseExport;
import org.saferpartnerships.consultation.responses.ResponseService;
import org.saferpartnerships.platform.files.TableFormat;
import org.saferpartnerships.platform.files.TableWriter;
import org.saferpartnerships.platform.persistence.PageRequest;

/** A consultation's responses: type one in from a letter, or export them all. */
@Path("v1/consultations/{id}/responses")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Consultations")
public class ResponseResource {

  @EJB private ConsultationService consultations;

  @EJB private ResponseService responses;

  @EJB private ResponseExport export;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Type in a response received by letter or e-mail")
  public Response letter(@PathParam("id") String id, LetterBody body) {
    Params.required(body);
    long responseId =
        responses.recordLetter(
            Params.pathId(id),
            new LetterResponseRequest(
                body.reference(),
                body.categoryId(),
                body.organisation(),
                Params.date("receivedOn", body.receivedOn()),
                body.answers() == null
                    ? null
                    : body.answers().stream()
                        .map(
                            a ->
                                a == null || a.questionId() == null
                                    ? null
                                    : new LetterResponseRequest.AnswerTerms(
                                        a.questionId(), a.optionIds(), a.text()))
                        .toList()));
    return Response.status(Response.Status.CREATED).entity(Map.of("id", responseId)).build();
  }

  @GET
  @Produces({
    "text/csv",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "application/vnd.oasis.opendocument.spreadsheet"
  })
  @Operation(
      summary =
          "Every response with its answers and the themes of its written answers, as csv, xlsx or"
              + " ods (format); cells a spreadsheet would run as formulas are written as text")
  public Response export(@PathParam("id") String id, @QueryParam("format") String format) {
    TableFormat file = TableFormat.byExtension(format == null ? "csv" : format);
    if (file == null) {
      throw new InvalidParameterException("format", format);
    }
    long consultation = Params.pathId(id);
    ConsultationView view = consultations.view(consultation);
    List<String> headings = new ArrayList<>(ResponseHeadings.FIELDS);
    view.questions().forEach(q -> headings.add(q.code() + ": " + q.textEn()));
    view.questions().stream()
        .filter(q -> !q.closed())
        .forEach(q -> headings.add(q.code() + " themes"));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    TableWriter.write(
        file,
        "Responses",
        headings,
        n -> export.rows(consultation, new PageRequest(n, 500, null, false)).items(),
        bytes);
    return FileTransfer.attachment(
        bytes.toByteArray(),
        file.contentType(),
        "consultation-" + consultation + "-responses." + file.extension());
  }

  /** The English headings of the fixed columns of the responses export. */
  static final class ResponseHeadings {
    static final List<String> FIELDS =
        List.of("reference", "category", "organisation", "submitted_on", "channel");

    private ResponseHeadings() {}
  }

  /** A response typed in. */
  public record LetterBody(
      String reference,
      Long categoryId,
      String organisation,
      String receivedOn,
      List<AnswerBody> answers) {}

  /** An answer: options chosen, or text. */
  public record AnswerBody(Long questionId, List<Long> optionIds, String text) {}
}
