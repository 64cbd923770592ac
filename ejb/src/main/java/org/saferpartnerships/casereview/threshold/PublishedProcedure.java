package org.saferpartnerships.casereview.threshold;

import java.time.LocalDate;

/**
 * A partnership's ASB case review procedure as the public reads it: the threshold rule in force
 * today with its terms, and the procedure and point of contact published with it (or, where the
 * partnership has published none, the national default's).
 *
 * @param cspCode the partnership's code
 * @param cspName its name
 * @param cspNameCy its Welsh name, if it has one
 * @param validFrom the day the rule took effect
 * @param terms the threshold, held to the Act
 * @param procedureEn the procedure published with the rule, in English, or null
 * @param procedureCy the procedure in Welsh, or null
 * @param contactName the point of contact, or null
 * @param contactEmail its e-mail address, or null
 * @param contactPhone its telephone number, or null
 * @param national whether the partnership follows the national default, having no rule of its own
 */
public record PublishedProcedure(
    String cspCode,
    String cspName,
    String cspNameCy,
    LocalDate validFrom,
    ThresholdTerms terms,
    String procedureEn,
    String procedureCy,
    String contactName,
    String contactEmail,
    String contactPhone,
    boolean national)
    implements java.io.Serializable {

  /** Whether a point of contact was published. */
  public boolean hasContact() {
    return contactName != null || contactEmail != null || contactPhone != null;
  }
}
