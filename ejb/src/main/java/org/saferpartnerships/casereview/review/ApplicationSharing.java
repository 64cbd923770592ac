package org.saferpartnerships.casereview.review;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.saferpartnerships.casereview.CaseReview;
import org.saferpartnerships.casereview.VictimDetails;
import org.saferpartnerships.partnership.OrganisationName;
import org.saferpartnerships.partnership.Registry;
import org.saferpartnerships.partnership.registry.Area;
import org.saferpartnerships.partnership.registry.AreaRepository;
import org.saferpartnerships.partnership.registry.AreaType;
import org.saferpartnerships.partnership.registry.Organisation;
import org.saferpartnerships.partnership.registry.OrganisationType;
import org.saferpartnerships.platform.errors.ServiceException;
import org.saferpartnerships.workflow.items.OpenRequest;
import org.saferpartnerships.workflow.items.WorkItemService;
import org.saferpartnerships.workflow.routing.TargetBody;

/**
 * Passes each application on to the relevant bodies of its area when it is received (ASBCPA 2014
 * s104(3)(b)): the police, the council, the health body and, where the application names one, the
 * victim's social landlord each get it in their inbox as an item for information, routed as any
 * work for that body is (the landlord's addressed to that landlord). What they get is the
 * application's reference, when it was received, and the behaviour and where it happens; the
 * victim's name and contact details only if the victim agreed to it, and never the details of a
 * third party who applied for them.
 */
@Stateless
@PermitAll
public class ApplicationSharing {

  /** The relevant bodies of s104(3)(b) an application is passed on to. */
  public static final List<TargetBody> BODIES =
      List.of(TargetBody.POLICE, TargetBody.COUNCIL, TargetBody.HEALTH);

  @PersistenceContext private EntityManager em;

  @EJB private WorkItemService workItems;

  @EJB private Registry registry;

  @EJB private AreaRepository areas;

  /** The social landlords a victim in the partnership's area may name, by name; none if unknown. */
  public List<OrganisationName> landlordsOf(String cspCode) {
    return areas
        .find(cspCode, AreaType.COMMUNITY_SAFETY_PARTNERSHIP)
        .map(csp -> registry.membersOfType(csp.getId(), OrganisationType.REGISTERED_PROVIDER))
        .orElse(List.of());
  }

  /**
   * The social landlord an application names, which must be a registered provider that is a member
   * of the partnership; null if it names none.
   */
  public Organisation landlord(Area csp, Long landlordId) {
    if (landlordId == null) {
      return null;
    }
    boolean member =
        registry.membersOfType(csp.getId(), OrganisationType.REGISTERED_PROVIDER).stream()
            .anyMatch(landlord -> landlord.id() == landlordId);
    if (!member) {
      throw new ServiceException("caseReview.landlord.notMember", csp.getName());
    }
    return em.find(Organisation.class, landlordId);
  }

  /** Shares a case received by a coordinator (who sends the items) or from the public form. */
  public void share(CaseReview review, boolean fromThePublic) {
    List<TargetBody> bodies = new ArrayList<>(BODIES);
    if (review.getSocialLandlord() != null) {
      bodies.add(TargetBody.SOCIAL_LANDLORD);
    }
    for (TargetBody body : bodies) {
      OpenRequest request =
          new OpenRequest(
              ApplicationSharedWorkflow.TYPE,
              review.getCsp().getGssCode(),
              "ASB case review application " + review.getReference() + ", for information",
              details(review),
              body,
              review.getPriority(),
              review.getReference(),
              null,
              body == TargetBody.SOCIAL_LANDLORD ? review.getSocialLandlord().getId() : null);
      if (fromThePublic) {
        workItems.openForPublic(request);
      } else {
        workItems.open(request);
      }
    }
  }

  /**
   * What a body is told: the case and its behaviour; the victim's name and how to contact them only
   * if the victim agreed.
   */
  static String details(CaseReview review) {
    StringBuilder text =
        new StringBuilder("An application for an anti-social behaviour case review (")
            .append(review.getReference())
            .append(") was received on ")
            .append(DateTimeFormatter.ISO_LOCAL_DATE.format(review.getReceivedOn()))
            .append('.');
    VictimDetails victim = review.getVictim();
    if (review.getApplicant().isContactSharingConsent() && victim.getVictimName() != null) {
      text.append(" The victim agreed that their contact details may be shared with you: ")
          .append(victim.getVictimName());
      for (String contact :
          new String[] {
            victim.getContactName(), victim.getVictimPhone(), victim.getVictimEmail()
          }) {
        if (contact != null) {
          text.append(", ").append(contact);
        }
      }
      text.append('.');
    } else {
      text.append(" The partnership's coordinator holds the applicant's contact details.");
    }
    if (review.getAsbDescription() != null) {
      text.append("\n\nThe behaviour: ").append(review.getAsbDescription());
    }
    if (review.getAsbLocation() != null) {
      text.append("\nWhere: ").append(review.getAsbLocation());
    }
    // an item's details hold 4,000 characters; a long description is cut, the case holds it whole
    return text.length() <= MAX_DETAILS
        ? text.toString()
        : text.substring(0, MAX_DETAILS - 1) + "\u2026";
  }

  private static final int MAX_DETAILS = 4000;
}
