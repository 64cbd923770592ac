package org.saferpartnerships.it.pages;

import org.openqa.selenium.By;
import org.saferpartnerships.it.Browser;

/** admin/letter-templates.xhtml: the wording of each case review letter, in each language. */
public final class LetterTemplatesPage extends Page {

  private static final By BODY = By.id("template:body");

  private LetterTemplatesPage(Browser browser) {
    super(browser);
  }

  /** The template of a kind of letter in a language (en, cy), with its heading in that language. */
  public static LetterTemplatesPage open(
      Browser browser, String kind, String language, String heading) {
    browser.open("admin/letter-templates.xhtml?kind=" + kind + "&language=" + language);
    browser.waitForText(By.cssSelector("h1"), heading);
    return new LetterTemplatesPage(browser);
  }

  public String editing() {
    return browser.text(By.id("editing"));
  }

  public String body() {
    return browser.driver().findElement(BODY).getAttribute("value");
  }

  /** Saves the body as given; the page is shown again, saved or with the error. */
  public LetterTemplatesPage save(String body) {
    browser.type(BODY, body);
    browser.submit(By.id("template:save"));
    return this;
  }

  /** Saves, and waits until the page says it is saved. */
  public LetterTemplatesPage saved(String body) {
    save(body);
    browser.waitForText(By.cssSelector("main"), "The template is saved");
    return this;
  }
}
