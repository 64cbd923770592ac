package org.saferpartnerships.it.pages;

import org.openqa.selenium.By;
import org.saferpartnerships.it.Browser;

/**
 * What every page has: a heading, a main text, a summary of errors, a notice, and axe's verdict.
 */
public abstract class Page {

  protected final Browser browser;

  protected Page(Browser browser) {
    this.browser = browser;
  }

  public String heading() {
    return browser.heading();
  }

  /** The text of the page's main content. */
  public String main() {
    return browser.text(By.cssSelector("main"));
  }

  /** The error summary, once it is shown. */
  public String errors() {
    return browser.waitFor(By.cssSelector(".sp-error-summary")).getText();
  }

  /** Fails on any serious or critical accessibility violation, or a script the policy refused. */
  public Page assertAccessible(String name) {
    browser.assertAccessible(name);
    return this;
  }

  /** The language the page says it is in. */
  public String language() {
    return browser.driver().findElement(By.tagName("html")).getAttribute("lang");
  }

  /** Follows a link of the page's navigation or content by its text. */
  protected void follow(String linkText) {
    browser.driver().findElement(By.linkText(linkText)).click();
  }
}
