package org.saferpartnerships.it.pages;

import org.openqa.selenium.By;
import org.saferpartnerships.it.Browser;

/**
 * public/apply/…: the public's application for a case review, one question a page, answered by
 * keyboard alone (Enter to continue, Space to choose). Each step waits for its question and scans
 * the page.
 */
public final class ApplicationForm extends Page {

  private ApplicationForm(Browser browser) {
    super(browser);
  }

  /** The start page in a language (en, cy), waiting for its heading. */
  public static ApplicationForm start(Browser browser, String language, String heading) {
    browser.open("public/apply/index.xhtml?lang=" + language);
    browser.waitForText(By.cssSelector("h1"), heading);
    return new ApplicationForm(browser);
  }

  /** Presses a step's button and waits for the next question's heading, then scans the page. */
  public ApplicationForm next(String button, String heading, String page) {
    browser.press(By.id(button));
    browser.waitForText(By.cssSelector("h1"), heading);
    browser.assertAccessible(page);
    return this;
  }

  /** Presses a step's button expecting it to be refused; the page is shown with its errors. */
  public ApplicationForm refused(String button) {
    browser.press(By.id(button));
    return this;
  }

  public ApplicationForm type(String field, String text) {
    browser.type(By.id(field), text);
    return this;
  }

  /** Chooses a radio button with the space bar. */
  public ApplicationForm choose(String option) {
    browser.choose(By.id(option));
    return this;
  }

  /** Types into a field that suggests as it is typed (the council area). */
  public ApplicationForm enter(String field, String text) {
    browser.driver().findElement(By.id(field)).sendKeys(text);
    return this;
  }

  /** The reference the applicant is given once the application is sent. */
  public String reference() {
    return browser.text(By.id("reference"));
  }
}
