package org.saferpartnerships.it.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.saferpartnerships.it.Browser;

/**
 * What a page of forms offers, by the fields' client ids: type, choose, press a button and wait for
 * what the page says, or press it expecting a refusal. The pages of the accountability context are
 * these, each with its address.
 */
public abstract class FormPage<P extends FormPage<P>> extends Page {

  protected FormPage(Browser browser) {
    super(browser);
  }

  @SuppressWarnings("unchecked")
  private P self() {
    return (P) this;
  }

  public P type(String field, String text) {
    browser.type(By.id(field), text);
    return self();
  }

  /** Chooses an option of a drop-down by the text it shows. */
  public P choose(String field, String option) {
    new Select(browser.driver().findElement(By.id(field))).selectByVisibleText(option);
    return self();
  }

  /** Chooses the same option in every drop-down inside the element of this id. */
  public P chooseAll(String within, String option) {
    for (WebElement select :
        browser.driver().findElements(By.cssSelector("#" + within + " select"))) {
      new Select(select).selectByVisibleText(option);
    }
    return self();
  }

  /** Presses a button that submits the page, and waits until the page says it was done. */
  public P press(String button, String done) {
    browser.submit(By.id(button));
    browser.waitForText(By.cssSelector("main"), done);
    return self();
  }

  /** Presses a button expected to be refused; the page is shown again with its errors. */
  public P refused(String button) {
    browser.submit(By.id(button));
    return self();
  }

  public String part(String id) {
    return browser.text(By.id(id));
  }

  /** The id in the page's address. */
  public String id() {
    return browser.driver().getCurrentUrl().replaceFirst("^.*[?&]id=(\\d+).*$", "$1");
  }

  /** Opens an address of this page and waits for its heading. */
  protected static void at(Browser browser, String path, String heading) {
    browser.open(path);
    browser.waitForText(By.cssSelector("h1"), heading);
  }
}
