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

  /** Shows only items of one type. */
  public InboxPage ofType(String type) {
    new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id("filters:type")))
        .selectByVisibleText(type);
    browser.submit(By.id("filters:apply"));
    return this;
  }

  public String results() {
    return browser.text(By.id("results"));
  }

  /** The page header, where the inbox link counts what waits. */
  public String header() {
    return browser.text(By.cssSelector("header"));
  }

  /** Opens the item whose row shows this title, by the first link of its row. */
  public WorkItemPage openItemTitled(String title) {
    browser.driver().findElement(By.xpath("//tr[contains(., '" + title + "')]//a")).click();
    browser.waitForText(By.cssSelector("h1"), title);
    return new WorkItemPage(browser);
  }

  /** Opens an item by its reference (WI-…) and waits for its title. */
  public WorkItemPage openItem(String reference, String title) {
    follow(reference);
    browser.waitForText(By.cssSelector("h1"), title);
    return new WorkItemPage(browser);
  }
}
