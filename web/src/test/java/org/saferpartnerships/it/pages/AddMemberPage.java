package org.saferpartnerships.it.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.saferpartnerships.it.Browser;

/** admin/member.xhtml: adds an organisation to a partnership, new or found, in a role. */
public final class AddMemberPage extends Page {

  AddMemberPage(Browser browser) {
    super(browser);
  }

  /** Presses Add with nothing chosen; the page is shown again with its errors. */
  public AddMemberPage addNothing() {
    browser.driver().findElement(By.id("member:add")).click();
    return this;
  }

  /** Adds a new organisation of this type and name in this role; back on the partnership. */
  public CspPage addNew(String type, String name, String role, String csp) {
    new Select(browser.driver().findElement(By.id("member:type"))).selectByVisibleText(type);
    browser.type(By.id("member:name"), name);
    new Select(browser.driver().findElement(By.id("member:role"))).selectByVisibleText(role);
    browser.submit(By.id("member:add"));
    browser.waitForText(By.cssSelector("h1"), csp);
    return new CspPage(browser);
  }
}
