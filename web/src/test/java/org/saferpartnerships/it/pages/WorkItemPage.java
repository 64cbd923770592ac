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

  public WorkItemPage note(String text) {
    browser.type(By.id("actions:note"), text);
    return this;
  }
}
