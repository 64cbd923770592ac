package org.saferpartnerships.it.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.saferpartnerships.it.Browser;

/** consultation/campaigns.xhtml: near-identical answers grouped, and a group with its additions. */
public final class CampaignsPage extends Page {

  CampaignsPage(Browser browser) {
    super(browser);
  }

  /** Groups the answers at a threshold (as offered, e.g. "0.60"). */
  public CampaignsPage group(String threshold) {
    new Select(browser.driver().findElement(By.id("campaigning:threshold")))
        .selectByVisibleText(threshold);
    browser.submit(By.id("campaigning:group"));
    return this;
  }

  /** The text of one part of the page, by its id (noRun, summary, preview, groups). */
  public String part(String id) {
    return browser.text(By.id(id));
  }

  /** Opens the first group and returns what each member added, as marked. */
  public List<String> firstGroupAdditions() {
    browser.driver().findElement(By.cssSelector("#groups a")).click();
    browser.waitFor(By.id("members"));
    return browser.driver().findElements(By.cssSelector("#members mark")).stream()
        .map(WebElement::getText)
        .toList();
  }

  public ConsultationPage back() {
    browser.driver().findElement(By.id("back")).click();
    return ConsultationPage.shown(browser);
  }
}
