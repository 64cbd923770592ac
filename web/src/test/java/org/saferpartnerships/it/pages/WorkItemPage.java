package org.saferpartnerships.it.pages;

import org.openqa.selenium.By;
import org.saferpartnerships.it.Browser;

/** workflow/item.xhtml: a work item, its clock, history and the actions open to the user. */
public final class WorkItemPage extends Page {

  WorkItemPage(Browser browser) {
    super(browser);
  }

  /** Takes an action by its name (CLAIM, COMPLETE…) and waits for the state it leads to. */
  public WorkItemPage act(String action, String state) {
    browser.submit(By.cssSelector("input[data-action=" + action + "]"));
    browser.waitForText(By.cssSelector("main"), state);
    return this;
  }

  /** Takes an action expected to be refused; the page comes back with its errors. */
  public WorkItemPage refused(String action) {
    browser.submit(By.cssSelector("input[data-action=" + action + "]"));
    return this;
  }

  /** Says what was done (completing) or why (returning, refusing…). */
  public WorkItemPage outcome(String text) {
    browser.type(By.id("actions:reason"), text);
    return this;
  }

  /** What the item is about, as its page tells: the thing's name and documents. */
  public String subject() {
    return browser.text(By.id("subject"));
  }

  /** Follows the item to what it is about, and waits for that page's heading. */
  public void openSubject(String heading) {
    browser.driver().findElement(By.id("openSubject")).click();
    browser.waitForText(By.cssSelector("h1"), heading);
  }

  public WorkItemPage note(String text) {
    browser.type(By.id("actions:note"), text);
    return this;
  }
}
