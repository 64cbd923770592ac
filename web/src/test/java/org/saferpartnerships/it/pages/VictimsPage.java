package org.saferpartnerships.it.pages;

import java.time.LocalDate;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.saferpartnerships.it.Browser;

/**
 * casereview/victims.xhtml and victim.xhtml: victims' reports logged before any application, and
 * the prompt to tell a victim about the case review once a second report comes in.
 */
public final class VictimsPage extends Page {

  VictimsPage(Browser browser) {
    super(browser);
  }

  /** Logs a victim of a partnership; their page is shown. */
  public VictimsPage log(String csp, String name) {
    new Select(browser.driver().findElement(By.id("victim:csp"))).selectByVisibleText(csp);
    browser.type(By.id("victim:name"), name);
    browser.submit(By.id("victim:log"));
    browser.waitForText(By.cssSelector("h1"), name);
    return this;
  }

  /** Logs a report made and reported on the same day to an agency. */
  public VictimsPage report(LocalDate on, String agency) {
    browser.type(By.id("report:incidentDate"), on.toString());
    browser.type(By.id("report:reportedOn"), on.toString());
    new Select(browser.driver().findElement(By.id("report:agency"))).selectByVisibleText(agency);
    browser.submit(By.id("report:add"));
    browser.waitForText(By.cssSelector("main"), "The report is logged");
    return this;
  }

  /** The prompt to tell the victim, or null when there is none. */
  public String prompt() {
    return browser.driver().findElements(By.id("prompt")).isEmpty()
        ? null
        : browser.text(By.id("prompt"));
  }

  /** Records how the victim was told. */
  public VictimsPage told(String how) {
    new Select(browser.driver().findElement(By.id("told:how"))).selectByVisibleText(how);
    browser.submit(By.id("told:record"));
    browser.waitForText(By.cssSelector("main"), "the victim was told about the case review");
    return this;
  }
}
