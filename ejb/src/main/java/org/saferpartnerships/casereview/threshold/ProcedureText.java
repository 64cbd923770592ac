package org.saferpartnerships.casereview.threshold;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a partnership publishes with a threshold rule as its review procedure (ASBCPA 2014 s104(2)
 * and (3)): how it deals with applications, in English and Welsh, and the point of contact to which
 * applications are made. Every part may be left out; the published page then says what the Act and
 * the national default say.
 *
 * @param procedureEn the procedure in English, as the partnership words it
 * @param procedureCy the procedure in Welsh
 * @param contactName the point of contact (a team or a role, not a person's private details)
 * @param contactEmail its e-mail address
 * @param contactPhone its telephone number
 */
public record ProcedureText(
    @Size(max = 4000, message = "{procedure.text.size}") String procedureEn,
    @Size(max = 4000, message = "{procedure.text.size}") String procedureCy,
    @Size(max = 200, message = "{procedure.contact.size}") String contactName,
    @Size(max = 200, message = "{procedure.contact.size}")
        @Pattern(
            regexp = "^$|^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$",
            message = "{procedure.email.invalid}")
        String contactEmail,
    @Pattern(regexp = "^$|^[0-9 +()-]{6,40}$", message = "{procedure.phone.invalid}")
        String contactPhone)
    implements java.io.Serializable {

  public static final ProcedureText NONE = new ProcedureText(null, null, null, null, null);

  public ProcedureText {
    procedureEn = blankToNull(procedureEn);
    procedureCy = blankToNull(procedureCy);
    contactName = blankToNull(contactName);
    contactEmail = blankToNull(contactEmail);
    contactPhone = blankToNull(contactPhone);
  }

  /** Whether a point of contact is given. */
  public boolean hasContact() {
    return contactName != null || contactEmail != null || contactPhone != null;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
