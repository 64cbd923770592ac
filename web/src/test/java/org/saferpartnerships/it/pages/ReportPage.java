package org.saferpartnerships.it.pages;

import org.openqa.selenium.By;
import org.saferpartnerships.it.Browser;

/** consultation/report.xhtml: the summary report, its downloads, and follow-ups of its themes. */
public final class ReportPage extends Page {

  ReportPage(Browser browser) {
    super(browser);
  }

  public String part(String id) {
    return browser.text(By.id(id));
  }

  /** Downloads every response in a format (csv, xlsx, ods) under the name the page gives it. */
  public byte[] download(String extension, String fileName) {
    browser.driver().findElement(By.id("downloads:" + extension)).click();
    return browser.downloaded(fileName);
  }

  /** The form that raises a follow-up of a theme, by its code. */
  public FollowUpPage followUp(String theme) {
    browser
        .driver()
        .findElement(By.cssSelector("a[aria-label='Raise a follow-up: " + theme + "']"))
        .click();
    browser.waitForText(By.cssSelector("h1"), "Raise a follow-up");
    return new FollowUpPage(browser);
  }

  /** Whether the page links to something by its text. */
  public boolean links(String text) {
    return !browser.driver().findElements(By.linkText(text)).isEmpty();
  }

  public ConsultationPage back() {
    browser.driver().findElement(By.id("back")).click();
    return ConsultationPage.shown(browser);
  }
}
