package org.saferpartnerships.it.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.saferpartnerships.it.Browser;

/** submission/submissions.xhtml and new.xhtml: what a partnership sends, and starting one. */
public final class SubmissionsPage extends Page {

  private SubmissionsPage(Browser browser) {
    super(browser);
  }

  public static SubmissionsPage open(Browser browser) {
    browser.open("submission/submissions.xhtml");
    browser.waitForText(By.cssSelector("h1"), "Submissions to the policing body");
    return new SubmissionsPage(browser);
  }

  /** Opens the form that starts a submission. */
  public SubmissionsPage start() {
    browser.driver().findElement(By.id("start")).click();
    browser.waitForText(By.cssSelector("h1"), "Start a submission");
    return this;
  }

  /** Presses Start with nothing chosen; the page is shown again with its errors. */
  public SubmissionsPage startNothing() {
    browser.submit(By.id("start:create"));
    return this;
  }

  /** Starts a draft of a kind for a partnership; the draft's page is shown. */
  public SubmissionPage startDraft(String csp, String type, String title) {
    new Select(browser.driver().findElement(By.id("start:csp"))).selectByVisibleText(csp);
    new Select(browser.driver().findElement(By.id("start:type"))).selectByVisibleText(type);
    browser.type(By.id("start:title"), title);
    browser.submit(By.id("start:create"));
    browser.waitForText(By.cssSelector("main"), "started as a draft");
    return new SubmissionPage(browser);
  }
}
