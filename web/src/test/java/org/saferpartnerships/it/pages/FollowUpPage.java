package org.saferpartnerships.it.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.saferpartnerships.it.Browser;

/** consultation/followup.xhtml: an action request to a partner about what respondents raised. */
public final class FollowUpPage extends Page {

  FollowUpPage(Browser browser) {
    super(browser);
  }

  /** Presses Raise with nothing chosen; the page is shown again with its errors. */
  public FollowUpPage raiseNothing() {
    browser.submit(By.id("followUp:raise"));
    return this;
  }

  /** Raises it to a kind of body (POLICE…) of a partnership (by code); back on the report. */
  public ReportPage raise(String csp, String targetBody, String title) {
    new Select(browser.driver().findElement(By.id("followUp:csp"))).selectByValue(csp);
    new Select(browser.driver().findElement(By.id("followUp:targetBody")))
        .selectByValue(targetBody);
    browser.type(By.id("followUp:title"), title);
    browser.submit(By.id("followUp:raise"));
    browser.waitForText(By.cssSelector("h1"), "Summary report");
    return new ReportPage(browser);
  }
}
