package org.saferpartnerships.it.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.saferpartnerships.it.Browser;

/** casereview/cases.xhtml: the partnership's case reviews, filtered, without personal data. */
public final class CasesPage extends Page {

  private CasesPage(Browser browser) {
    super(browser);
  }

  public static CasesPage open(Browser browser) {
    browser.open("casereview/cases.xhtml");
    browser.waitForText(By.cssSelector("h1"), "ASB case reviews");
    return new CasesPage(browser);
  }

  public String results() {
    return browser.text(By.id("results"));
  }

  public String header() {
    return browser.text(By.cssSelector("header"));
  }

  public CasesPage priority(String priority) {
    new Select(browser.driver().findElement(By.id("filters:priority")))
        .selectByVisibleText(priority);
    browser.submit(By.id("filters:search"));
    return this;
  }

  public RecordApplicationPage record() {
    browser.driver().findElement(By.id("record")).click();
    browser.waitForText(By.cssSelector("h1"), "Record an application");
    return new RecordApplicationPage(browser);
  }

  public CaseReviewPage openCase(String reference) {
    follow(reference);
    browser.waitForText(By.cssSelector("h1"), "ASB case review");
    return new CaseReviewPage(browser);
  }

  public VictimsPage victims() {
    browser.driver().findElement(By.id("victims")).click();
    browser.waitForText(By.cssSelector("h1"), "Victims’ reports before an application");
    return new VictimsPage(browser);
  }
}
