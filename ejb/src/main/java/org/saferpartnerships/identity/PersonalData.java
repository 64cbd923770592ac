package org.saferpartnerships.identity;

import java.util.Set;

/**
 * The one rule for personal data (victims, applicants, the people complained of, and what work
 * routed about them carries), asked by every service that reads it (DESIGN.md section 4, DPA 2018):
 *
 * <ul>
 *   <li>a partnership's case reviews and victims are seen by its coordinators, the users acting for
 *       that partnership's own organisation, and by nobody else: not a PCC office for its force
 *       area, not administrators, not national roles;
 *   <li>a work item (which may carry such data) is seen, besides by those coordinators, by the
 *       staff of the organisations it was routed to or sent from and by its assignee, for that item
 *       only; administrators see items to keep routing working;
 *   <li>Home Office analysts and data protection officers see none of it: analysts read
 *       consultations and figures, the data protection officer reads the audit log of who saw it.
 * </ul>
 */
public final class PersonalData {

  private static final Set<Role> STAFF =
      Set.of(Role.CSP_COORDINATOR, Role.PARTNER_OFFICER, Role.PCC_REVIEWER);

  private PersonalData() {}

  /** Whether any personal data may be shown to this caller. */
  public static boolean mayViewAny(Scope scope) {
    return scope.roles().stream().anyMatch(role -> STAFF.contains(role) || role == Role.ADMIN);
  }

  /** The partnerships whose case reviews and victims the caller may see. */
  public static Set<Long> caseCsps(Scope scope) {
    return scope.has(Role.CSP_COORDINATOR) ? scope.partnershipCspIds() : Set.of();
  }

  public static boolean mayViewCases(Scope scope, long cspId) {
    return caseCsps(scope).contains(cspId);
  }

  /** Whether the caller works in a partner body that work is routed to or from. */
  public static boolean worksOnItems(Scope scope) {
    return scope.roles().stream().anyMatch(STAFF::contains);
  }

  /** Whether the caller sees every work item (administrators, who keep routing working). */
  public static boolean seesEveryItem(Scope scope) {
    return scope.has(Role.ADMIN);
  }
}
