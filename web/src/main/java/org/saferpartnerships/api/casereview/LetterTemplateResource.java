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
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.saferpartnerships.api.Enums;
import org.saferpartnerships.api.InvalidParameterException;
import org.saferpartnerships.casereview.letters.LetterKind;
import org.saferpartnerships.casereview.letters.LetterTemplateService;
import org.saferpartnerships.casereview.letters.LetterTemplateSummary;

/** The national letter templates (administrators): read, and edit with a version check. */
@Path("v1/letter-templates")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Case reviews")
public class LetterTemplateResource {

  @EJB private LetterTemplateService templates;

  @GET
  @Operation(summary = "Every national letter template, in English and Welsh")
  public List<LetterTemplateSummary> list() {
    return templates.national();
  }

  @PUT
  @Path("{kind}/{language}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Change a template's subject and text; placeholders like {{reference}} are checked;"
              + " 409 if it changed since the version sent")
  public LetterTemplateSummary edit(
      @PathParam("kind") String kind, @PathParam("language") String language, Body body) {
    if (body == null || body.version() == null) {
      throw new InvalidParameterException("version", "");
    }
    String lang = language.trim().toLowerCase(Locale.ROOT);
    if (!lang.equals("en") && !lang.equals("cy")) {
      throw new InvalidParameterException("language", language);
    }
    LetterKind letterKind = Enums.parse(LetterKind.class, "kind", kind);
    if (letterKind == null) {
      throw new InvalidParameterException("kind", kind);
    }
    return templates.edit(letterKind, lang, body.version(), body.subject(), body.body());
  }

  /** A template's new text. */
  public record Body(Long version, String subject, String body) {}
}
