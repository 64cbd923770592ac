package org.saferpartnerships.it.pages;

import org.openqa.selenium.By;
import org.saferpartnerships.it.Browser;

/** A page read as a whole, for pages a scenario only looks at and scans. */
public final class AnyPage extends Page {

  private AnyPage(Browser browser) {
    super(browser);
  }

  /** Opens an address and waits for its heading (in the language the address or cookie sets). */
  public static AnyPage open(Browser browser, String path, String heading) {
    browser.open(path);
    browser.waitForText(By.cssSelector("h1"), heading);
    return new AnyPage(browser);
  }

  /** The page the browser shows now. */
  public static AnyPage shown(Browser browser) {
    return new AnyPage(browser);
  }

  /** The text of one part of the page, by its id. */
  public String part(String id) {
    return browser.text(By.id(id));
  }
}
