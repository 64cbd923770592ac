package org.saferpartnerships.it.pages;

import java.util.Locale;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.saferpartnerships.it.Browser;

/** consultation/discovery.xhtml: candidate themes found in the answers nobody has coded. */
public final class DiscoveryPage extends Page {

  DiscoveryPage(Browser browser) {
    super(browser);
  }

  /** Looks for topics with what is chosen now. */
  public DiscoveryPage find() {
    browser.submit(By.id("find"));
    return this;
  }

  /** Looks for a number of topics in the answers to one question (as the list names it). */
  public DiscoveryPage find(String question, String topics) {
    new Select(browser.driver().findElement(By.id("question"))).selectByVisibleText(question);
    new Select(browser.driver().findElement(By.id("topics"))).selectByValue(topics);
    return find();
  }

  public String part(String id) {
    return browser.text(By.id(id));
  }

  /**
   * Adds the first topic whose name mentions the word to the codebook; returns its name as the
   * codebook form is filled with it.
   */
  public String adopt(String word) {
    WebElement adopt =
        browser
            .driver()
            .findElements(By.cssSelector("a[aria-label^='Add to the codebook']"))
            .stream()
            .filter(a -> a.getAttribute("aria-label").toLowerCase(Locale.ROOT).contains(word))
            .findFirst()
            .orElseThrow();
    String label = adopt.getAttribute("aria-label").replaceFirst("^Add to the codebook: ", "");
    adopt.click();
    browser.waitForText(By.cssSelector("h1"), "Codebook");
    return label;
  }

  public ConsultationPage back() {
    browser.driver().findElement(By.id("back")).click();
    return ConsultationPage.shown(browser);
  }
}
