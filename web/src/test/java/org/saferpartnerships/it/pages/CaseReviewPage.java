package org.saferpartnerships.it.pages;

import java.time.LocalDate;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.saferpartnerships.it.Browser;

/**
 * casereview/case.xhtml: a case review with its application, complaints, risk, the threshold, the
 * review and its recommendations; each step is a form, and a refused step says why.
 */
public final class CaseReviewPage extends Page {

  CaseReviewPage(Browser browser) {
    super(browser);
  }

  /** A case by its reference, in the language the address asks for (en or cy). */
  public static CaseReviewPage open(Browser browser, String reference, String language) {
    browser.open("casereview/case.xhtml?ref=" + reference + "&lang=" + language);
    browser.waitFor(By.cssSelector("h1"));
    return new CaseReviewPage(browser);
  }

  /** The case's reference, from the caption above its heading. */
  public String reference() {
    return browser.text(By.cssSelector(".sp-caption")).split(" ")[0];
  }

  /** The text of one part of the page, by its id (risk-summary, assessments, recommendations…). */
  public String part(String id) {
    return browser.text(By.id(id));
  }

  public boolean has(String id) {
    return !browser.driver().findElements(By.id(id)).isEmpty();
  }

  /** Assesses the risk with the same answer to each of {@code questions}, and a note. */
  public CaseReviewPage assessRisk(int questions, int answer, String note) {
    for (int question = 0; question < questions; question++) {
      browser.choose(By.id("risk:questions:" + question + ":answer:" + answer));
    }
    browser.type(By.id("risk:note"), note);
    return step("risk:assess", "The risk assessment is recorded");
  }

  /** Presses Assess with nothing answered; the page is shown again with its errors. */
  public CaseReviewPage assessNothing() {
    browser.submit(By.id("risk:assess"));
    return this;
  }

  /** Links a complaint made and reported on the same day to an agency. */
  public CaseReviewPage addComplaint(LocalDate on, String agency) {
    browser.type(By.id("complaint:incidentDate"), on.toString());
    browser.type(By.id("complaint:reportedOn"), on.toString());
    new Select(browser.driver().findElement(By.id("complaint:agency"))).selectByVisibleText(agency);
    return step("complaint:add", "The complaint was added");
  }

  /** Presses Add with nothing entered; the page is shown again with its errors. */
  public CaseReviewPage addNoComplaint() {
    browser.submit(By.id("complaint:add"));
    return this;
  }

  public CaseReviewPage decide() {
    return step("decision:decide", "The threshold decision is recorded");
  }

  public CaseReviewPage scheduleReview(LocalDate on, String involvement) {
    browser.type(By.id("review:meetingOn"), on.toString());
    new Select(browser.driver().findElement(By.id("review:involvement")))
        .selectByVisibleText(involvement);
    return step("review:schedule", "The review is arranged");
  }

  public CaseReviewPage recordHeld(LocalDate on, String summary) {
    browser.type(By.id("held:heldOn"), on.toString());
    browser.type(By.id("held:summary"), summary);
    return step("held:recordHeld", "The review is recorded as held");
  }

  public CaseReviewPage recommend(String body, String text, LocalDate due) {
    new Select(browser.driver().findElement(By.id("recommendation:body")))
        .selectByVisibleText(body);
    browser.type(By.id("recommendation:text"), text);
    browser.type(By.id("recommendation:due"), due.toString());
    return step("recommendation:recommend", "The recommendation was sent");
  }

  /** Tries to close the case with a reason (none: empty); the page is shown again when refused. */
  public CaseReviewPage close(String reason) {
    if (reason != null) {
      browser.type(By.id("closure:reason"), reason);
    }
    browser.submit(By.id("closure:close"));
    return this;
  }

  public CaseReviewPage screenshot(String name) {
    browser.screenshot(name);
    return this;
  }

  private CaseReviewPage step(String button, String done) {
    browser.submit(By.id(button));
    browser.waitForText(By.cssSelector("main"), done);
    return this;
  }
}
