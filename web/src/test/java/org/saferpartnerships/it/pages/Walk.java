package org.saferpartnerships.it.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.saferpartnerships.it.Browser;

/**
 * A walk through one role's main task by clicks alone, from the page the role starts on: each step
 * is checked by axe at desktop and phone sizes with no sideways scroll ({@link
 * Browser#assertAccessible}) and photographed as walk-ROLE-LANGUAGE-N-STEP.png among the test's
 * screenshots. A walk in Welsh is taken at a phone's size, through the Menu button.
 */
public final class Walk {

  private static final Dimension DESKTOP = new Dimension(1280, 1024);
  private static final Dimension PHONE = new Dimension(390, 844);

  private final Browser browser;
  private final String name;
  private final boolean welsh;
  private int step;

  private Walk(Browser browser, String role, boolean welsh) {
    this.browser = browser;
    this.welsh = welsh;
    this.name = "walk-" + role + "-" + (welsh ? "cy" : "en");
    browser.driver().manage().window().setSize(welsh ? PHONE : DESKTOP);
  }

  /**
   * Starts a walk on the page the browser shows (the home page after signing in, or a public page),
   * in Welsh by the page's own language link when asked.
   */
  public static Walk start(Browser browser, String role, boolean welsh, String first) {
    if (welsh) {
      // chosen while the navigation is in full view; the walk then goes on at a phone's size
      browser.submit(By.cssSelector("a[hreflang='cy']"));
    }
    return new Walk(browser, role, welsh).check(first);
  }

  /** Follows a link of the header's navigation by its id (on a phone, opening the menu first). */
  public Walk nav(String linkId, String step) {
    WebElement menu = browser.driver().findElement(By.id("menuButton"));
    if (menu.isDisplayed() && "false".equals(menu.getAttribute("aria-expanded"))) {
      menu.click();
    }
    browser.submit(By.id(linkId));
    return check(step);
  }

  /** Follows a link or presses a button of the page. */
  public Walk follow(By target, String step) {
    browser.submit(target);
    return check(step);
  }

  /** Checks the page as it is and photographs it. */
  public Walk check(String step) {
    this.step++;
    browser.assertAccessible(name + " " + this.step + " " + step);
    browser.screenshot(name + "-" + this.step + "-" + step);
    return this;
  }

  /**
   * Sorts a PrimeFaces table by clicking its column heading until it says it is sorted that way
   * ("ascending" or "descending"), then waits for what should now be shown, and checks the page.
   */
  public Walk sort(By heading, String order, By shown, String step) {
    for (int click = 0; click < 3; click++) {
      String before = browser.driver().findElement(heading).getAttribute("aria-sort");
      if (order.equals(before)) {
        break;
      }
      browser.driver().findElement(heading).click();
      new org.openqa.selenium.support.ui.WebDriverWait(
              browser.driver(), java.time.Duration.ofSeconds(20))
          .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
          .until(
              d ->
                  !java.util.Objects.equals(
                      d.findElement(heading).getAttribute("aria-sort"), before));
    }
    browser.waitFor(shown);
    return check(step);
  }

  /**
   * Ends the walk at the desktop size and, after a walk in Welsh, back in English, which the
   * account remembers for the other tests.
   */
  public void end() {
    browser.driver().manage().window().setSize(DESKTOP);
    if (welsh) {
      browser.submit(By.cssSelector("a[hreflang='en']"));
    }
  }

  public String main() {
    return browser.text(By.cssSelector("main"));
  }
}
