package org.saferpartnerships.it.pages;

import org.openqa.selenium.By;
import org.saferpartnerships.it.Browser;

/** consultation/coding.xhtml: the written answers, with who coded them and the caller's themes. */
public final class CodingListPage extends Page {

  CodingListPage(Browser browser) {
    super(browser);
  }

  public SuggestionsPage suggestions() {
    browser.driver().findElement(By.id("suggestionsLink")).click();
    browser.waitForText(By.cssSelector("h1"), "Suggested themes");
    return new SuggestionsPage(browser);
  }

  /** The agreement between analysts, from the list. */
  public AnyPage agreement() {
    browser.driver().findElement(By.id("agreementLink")).click();
    browser.waitForText(By.cssSelector("h1"), "Agreement between analysts");
    return AnyPage.shown(browser);
  }

  /** Back to the list from a page reached from it. */
  public CodingListPage backToList() {
    browser.driver().findElement(By.id("back")).click();
    browser.waitFor(By.id("answers"));
    return this;
  }

  public String answers() {
    return browser.text(By.id("answers"));
  }

  /**
   * Codes one answer, found by its text: ticks the first theme, quotes a passage, saves and comes
   * back to the list; returns what the answer's page said when saved.
   */
  public String codeFirstTheme(String answer, String passage) {
    browser.driver().findElement(By.linkText(answer)).click();
    browser.waitForText(By.cssSelector("h1"), "Code an answer");
    browser.assertAccessible("code an answer");
    browser.driver().findElements(By.cssSelector("input[type=checkbox]")).get(0).click();
    browser
        .driver()
        .findElements(By.cssSelector(".sp-theme-row input[type=text]"))
        .get(0)
        .sendKeys(passage);
    browser.submit(By.id("coding:save"));
    String said = browser.text(By.cssSelector(".sp-notice, .sp-messages, main"));
    browser.driver().findElement(By.id("back")).click();
    browser.waitFor(By.id("answers"));
    return said;
  }
}
