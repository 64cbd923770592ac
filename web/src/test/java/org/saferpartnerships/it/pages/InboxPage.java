package org.saferpartnerships.it.pages;

import org.openqa.selenium.By;
import org.saferpartnerships.it.Browser;

/** workflow/inbox.xhtml: the work waiting for the user's organisation and for them. */
public final class InboxPage extends Page {

  private InboxPage(Browser browser) {
    super(browser);
  }

  public static InboxPage open(Browser browser) {
    browser.open("workflow/inbox.xhtml");
    browser.waitForText(By.cssSelector("h1"), "Inbox");
    return new InboxPage(browser);
  }

  public String results() {
    return browser.text(By.id("results"));
  }

  /** The page header, where the inbox link counts what waits. */
  public String header() {
    return browser.text(By.cssSelector("header"));
  }

  /** Opens an item by its reference (WI-…) and waits for its title. */
  public WorkItemPage openItem(String reference, String title) {
    follow(reference);
    browser.waitForText(By.cssSelector("h1"), title);
    return new WorkItemPage(browser);
  }
}
