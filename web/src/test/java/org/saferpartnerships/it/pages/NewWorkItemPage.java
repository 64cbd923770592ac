package org.saferpartnerships.it.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.saferpartnerships.it.Browser;

/** workflow/new.xhtml: send work to a partner of a partnership. */
public final class NewWorkItemPage extends Page {

  private NewWorkItemPage(Browser browser) {
    super(browser);
  }

  public static NewWorkItemPage open(Browser browser) {
    browser.open("workflow/new.xhtml");
    browser.waitForText(By.cssSelector("h1"), "Send work to a partner");
    return new NewWorkItemPage(browser);
  }

  /** Presses Send with what is typed so far; the page is shown again if anything is missing. */
  public NewWorkItemPage sendAsTyped() {
    browser.submit(By.id("newItem:send"));
    return this;
  }

  /** Sends work to a kind of body of a partnership; the new item's page is shown. */
  public WorkItemPage send(String csp, String target, String title) {
    new Select(browser.driver().findElement(By.id("newItem:csp"))).selectByVisibleText(csp);
    new Select(browser.driver().findElement(By.id("newItem:target"))).selectByVisibleText(target);
    browser.type(By.id("newItem:itemTitle"), title);
    browser.submit(By.id("newItem:send"));
    browser.waitForText(By.cssSelector("h1"), title);
    return new WorkItemPage(browser);
  }
}
