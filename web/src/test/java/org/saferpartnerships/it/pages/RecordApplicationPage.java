package org.saferpartnerships.it.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.saferpartnerships.it.Browser;

/** casereview/record.xhtml: an application received by phone, letter, e-mail or in person. */
public final class RecordApplicationPage extends Page {

  RecordApplicationPage(Browser browser) {
    super(browser);
  }

  /** Presses Record with nothing entered; the page is shown again with its errors. */
  public RecordApplicationPage recordNothing() {
    browser.submit(By.id("application:record"));
    return this;
  }

  /** Records a phone application from a person victim; the new case's page is shown. */
  public CaseReviewPage recordByPhone(String csp, String victim, String phone, String what) {
    choose("application:csp", csp);
    choose("application:channel", "Phone");
    choose("application:victimType", "A person");
    browser.type(By.id("application:victimName"), victim);
    browser.type(By.id("application:victimPhone"), phone);
    choose("application:contactMethod", "Phone");
    browser.type(By.id("application:description"), what);
    browser.submit(By.id("application:record"));
    browser.waitForText(By.cssSelector("main"), "is recorded");
    return new CaseReviewPage(browser);
  }

  private void choose(String id, String text) {
    new Select(browser.driver().findElement(By.id(id))).selectByVisibleText(text);
  }
}
