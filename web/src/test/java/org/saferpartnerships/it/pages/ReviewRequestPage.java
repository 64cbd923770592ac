package org.saferpartnerships.it.pages;

import org.openqa.selenium.By;
import org.saferpartnerships.it.Browser;

/**
 * The public page on which a victim asks the policing body to review their case review, without
 * signing in: the reference, the postcode and why.
 */
public final class ReviewRequestPage extends FormPage<ReviewRequestPage> {

  private ReviewRequestPage(Browser browser) {
    super(browser);
  }

  /** Opens the page in a language ("en" or "cy"), waiting for its heading. */
  public static ReviewRequestPage open(Browser browser, String lang, String heading) {
    at(browser, "public/review-request.xhtml?lang=" + lang, heading);
    return new ReviewRequestPage(browser);
  }

  public ReviewRequestPage fill(String reference, String postcode, String grounds) {
    return type("request:reference", reference)
        .type("request:postcode", postcode)
        .type("request:grounds", grounds);
  }

  /** Sends the request and waits for the page that says it was sent; returns the case named. */
  public String send(String sentHeading) {
    press("request:send", sentHeading);
    return browser.text(By.id("reference"));
  }
}
