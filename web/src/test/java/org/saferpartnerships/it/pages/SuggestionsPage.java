package org.saferpartnerships.it.pages;

import org.openqa.selenium.By;
import org.saferpartnerships.it.Browser;

/** consultation/suggestions.xhtml: themes suggested by a model trained on the coding so far. */
public final class SuggestionsPage extends Page {

  SuggestionsPage(Browser browser) {
    super(browser);
  }

  public static SuggestionsPage open(Browser browser, String consultation) {
    browser.open("consultation/suggestions.xhtml?id=" + consultation);
    browser.waitForText(By.cssSelector("h1"), "Suggested themes");
    return new SuggestionsPage(browser);
  }

  /** Starts a training; the page is shown again, refused or with the run under way. */
  public SuggestionsPage train() {
    browser.submit(By.id("training:train"));
    return this;
  }

  public String part(String id) {
    return browser.text(By.id(id));
  }

  /** What the page says after an action. */
  public String said() {
    return browser.text(By.cssSelector(".sp-notice, .sp-messages, main"));
  }

  /** Accepts the first suggestion listed. */
  public SuggestionsPage acceptFirst() {
    browser.submit(By.cssSelector("#suggestions input[title^='Accept']"));
    return this;
  }
}
