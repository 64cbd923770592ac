package org.saferpartnerships.it.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.saferpartnerships.it.Browser;

/**
 * consultation/consultation.xhtml: a consultation's questions, its responses counted and its
 * tallies, and the way to each part of its analysis.
 */
public final class ConsultationPage extends Page {

  ConsultationPage(Browser browser) {
    super(browser);
  }

  /** The consultation's page the browser shows now. */
  public static ConsultationPage shown(Browser browser) {
    browser.waitFor(By.id("responseCount"));
    return new ConsultationPage(browser);
  }

  public static ConsultationPage open(Browser browser, String id) {
    browser.open("consultation/consultation.xhtml?id=" + id);
    browser.waitFor(By.id("responseCount"));
    return new ConsultationPage(browser);
  }

  /** Adds a question of a kind (AGREE_SCALE, FREE_TEXT…) at the end. */
  public ConsultationPage addQuestion(String text, String kind) {
    browser.type(By.id("question:textEn"), text);
    new Select(browser.driver().findElement(By.id("question:kind"))).selectByValue(kind);
    browser.submit(By.id("question:add"));
    return this;
  }

  /** The text of one part of the page, by its id (noQuestions, questionTable, responseCount…). */
  public String part(String id) {
    return browser.text(By.id(id));
  }

  public String tallies() {
    return browser.text(By.cssSelector(".sp-tally"));
  }

  /** The consultation's id, from the address. */
  public String id() {
    return browser.driver().getCurrentUrl().replaceFirst("^.*[?&]id=(\\d+).*$", "$1");
  }

  /** Types in a letter choosing the given option of the first question and writing an answer. */
  public ConsultationPage typeInLetter(int option, String text) {
    browser.driver().findElement(By.id("letterLink")).click();
    browser.waitForText(By.cssSelector("h1"), "Type in a letter");
    browser.assertAccessible("letter");
    browser.driver().findElements(By.cssSelector("input[type=radio]")).get(option).click();
    browser.driver().findElement(By.cssSelector("textarea")).sendKeys(text);
    browser.submit(By.id("letter:save"));
    return this;
  }

  public ImportPage importResponses() {
    browser.driver().findElement(By.id("importLink")).click();
    browser.waitForText(By.cssSelector("h1"), "Import responses");
    return new ImportPage(browser);
  }

  public CampaignsPage campaigns() {
    browser.driver().findElement(By.id("campaignsLink")).click();
    browser.waitForText(By.cssSelector("h1"), "Campaigns and near-duplicates");
    return new CampaignsPage(browser);
  }

  public ReportPage report() {
    browser.driver().findElement(By.id("reportLink")).click();
    browser.waitForText(By.cssSelector("h1"), "Summary report");
    return new ReportPage(browser);
  }

  public DiscoveryPage discovery() {
    browser.driver().findElement(By.id("discoveryLink")).click();
    browser.waitForText(By.cssSelector("h1"), "Find candidate themes");
    return new DiscoveryPage(browser);
  }

  public CodebookPage codebook() {
    browser.driver().findElement(By.id("codebookLink")).click();
    browser.waitForText(By.cssSelector("h1"), "Codebook");
    return new CodebookPage(browser);
  }
}
