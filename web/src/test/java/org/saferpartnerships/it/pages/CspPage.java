package org.saferpartnerships.it.pages;

import org.openqa.selenium.By;
import org.saferpartnerships.it.Browser;

/** registry/csp.xhtml: a partnership, its councils, force area, policing body and members. */
public final class CspPage extends Page {

  CspPage(Browser browser) {
    super(browser);
  }

  public static CspPage open(Browser browser, String code) {
    browser.open("registry/csp.xhtml?code=" + code);
    return new CspPage(browser);
  }

  public String members() {
    return browser.text(By.id("memberTable"));
  }

  /** The force area the partnership sits in, from its link. */
  public ForceAreaPage forceArea(String name) {
    browser.driver().findElement(By.id("members:forceAreaLink")).click();
    browser.waitForText(By.cssSelector("h1"), name);
    return new ForceAreaPage(browser);
  }

  public AddMemberPage addMember() {
    browser.driver().findElement(By.id("members:addMember")).click();
    browser.waitForText(By.cssSelector("h1"), "Add a member");
    return new AddMemberPage(browser);
  }

  /** Removes a member by its name, and waits for the notice. */
  public CspPage remove(String name) {
    browser
        .driver()
        .findElement(By.cssSelector("input[aria-label='Remove: " + name + "']"))
        .click();
    browser.waitForText(By.cssSelector(".sp-notice"), "is no longer a member");
    return this;
  }
}
