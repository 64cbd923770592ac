package org.saferpartnerships.it.pages;

import java.nio.file.Path;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.saferpartnerships.it.Browser;

/**
 * submission/submission.xhtml: a submission's version, documents and state for the partnership, and
 * its review (claim, checklist, feedback, recommendations, sign-off) for the policing body.
 */
public final class SubmissionPage extends Page {

  SubmissionPage(Browser browser) {
    super(browser);
  }

  /** A submission by its id, waiting for a part of the page the caller should see. */
  public static SubmissionPage open(Browser browser, String id, String waitFor) {
    browser.open("submission/submission.xhtml?id=" + id);
    browser.waitFor(By.id(waitFor));
    return new SubmissionPage(browser);
  }

  public String id() {
    return browser.driver().getCurrentUrl().replaceFirst("^.*[?&]id=(\\d+).*$", "$1");
  }

  /** The text of one part of the page, by its id (state, due, timeliness, recommendations…). */
  public String part(String id) {
    return browser.text(By.id(id));
  }

  /** Presses a button that submits the page, and waits until the page says it was done. */
  public SubmissionPage press(String button, String done) {
    browser.submit(By.id(button));
    browser.waitForText(By.cssSelector("main"), done);
    return this;
  }

  /** Presses a button expected to be refused; the page is shown again with its errors. */
  public SubmissionPage refused(String button) {
    browser.submit(By.id(button));
    return this;
  }

  /** Writes the version's summary, priorities and measures, and saves them. */
  public SubmissionPage write(String summary, String priorities, String measures) {
    browser.type(By.id("version:summary"), summary);
    browser.type(By.id("version:priorities"), priorities);
    browser.type(By.id("version:measures"), measures);
    return press("version:save", "Saved");
  }

  /** Uploads a document; the page is shown again, with it or with why it was refused. */
  public SubmissionPage upload(Path file) {
    browser.driver().findElement(By.id("documents:file")).sendKeys(file.toString());
    browser.submit(By.id("documents:upload"));
    return this;
  }

  /** Answers every checklist item the same way and saves the checklist. */
  public SubmissionPage answerChecklist(String answer) {
    for (WebElement item : browser.driver().findElements(By.cssSelector("#checks select"))) {
      new Select(item).selectByVisibleText(answer);
    }
    return press("checklist:save", "Saved the checklist");
  }

  /** What a field holds now, typed or drawn. */
  public String value(String field) {
    return browser.driver().findElement(By.id(field)).getAttribute("value");
  }

  public SubmissionPage type(String field, String text) {
    browser.type(By.id(field), text);
    return this;
  }

  /** The work item of the first recommendation, from its link. */
  public String firstRecommendationItem() {
    return browser
        .driver()
        .findElement(By.cssSelector("#recommendations a"))
        .getAttribute("href")
        .replaceFirst("^.*[?&]id=(\\d+).*$", "$1");
  }

  public SubmissionPage screenshot(String name) {
    browser.screenshot(name);
    return this;
  }
}
