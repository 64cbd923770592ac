package org.saferpartnerships.web.casereview;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import org.saferpartnerships.casereview.review.PublicReviewRequest;
import org.saferpartnerships.casereview.review.PublicReviewRequests;
import org.saferpartnerships.web.PageMessages;
import org.saferpartnerships.web.ShowsRefusal;

/**
 * The public page on which a victim asks the policing body for their area to review their case
 * review, without signing in: the case's reference, the postcode they applied with, and why. Kept
 * from robots as the application form is ({@link SpamGuard}); once sent, the answers are forgotten
 * and the next page names the case the request was sent for.
 */
@Named("reviewRequest")
@ViewScoped
public class PublicReviewRequestPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The flash key the sent page reads the case's reference from. */
  static final String SENT = "reviewRequestSent";

  @EJB private transient PublicReviewRequests requests;

  @Inject private transient PageMessages messages;

  @Inject private transient SpamGuard guard;

  @Inject private transient Clock clock;

  private Instant startedAt;
  private String reference;
  private String postcode;
  private String grounds;
  private String website;

  /** When the page is first shown: the form's clock starts. */
  public void start() {
    if (startedAt == null) {
      startedAt = clock.instant();
    }
  }

  @ShowsRefusal("request:reference")
  public String send() {
    // an incomplete form goes straight to the service, whose checks name each missing answer;
    // only a complete one is judged (and counted) as a possible robot's
    boolean complete = !blank(reference) && !blank(postcode) && !blank(grounds);
    if (complete && guard.refuses(website, startedAt, messages)) {
      return null;
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    String sent = requests.request(new PublicReviewRequest(reference, postcode, grounds));
    faces.getExternalContext().getFlash().put(SENT, sent);
    reference = null;
    postcode = null;
    grounds = null;
    startedAt = null;
    return "/public/review-request-sent?faces-redirect=true";
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  public String getReference() {
    return reference;
  }

  public void setReference(String reference) {
    this.reference = reference;
  }

  public String getPostcode() {
    return postcode;
  }

  public void setPostcode(String postcode) {
    this.postcode = postcode;
  }

  public String getGrounds() {
    return grounds;
  }

  public void setGrounds(String grounds) {
    this.grounds = grounds;
  }

  public String getWebsite() {
    return website;
  }

  public void setWebsite(String website) {
    this.website = website;
  }
}
