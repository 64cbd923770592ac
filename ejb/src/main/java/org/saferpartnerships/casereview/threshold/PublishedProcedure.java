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
 * @param text what was published with the rule
 * @param national whether the partnership follows the national default, having no rule of its own
 */
public record PublishedProcedure(
    String cspCode,
    String cspName,
    String cspNameCy,
    LocalDate validFrom,
    ThresholdTerms terms,
    ProcedureText text,
    boolean national)
    implements java.io.Serializable {}
