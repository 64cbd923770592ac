package org.saferpartnerships.it.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.saferpartnerships.it.Browser;

/** consultation/codebook.xhtml: a consultation's themes, up to three levels. */
public final class CodebookPage extends Page {

  /** The codebook the browser shows now. */
  public static CodebookPage shown(Browser browser) {
    return new CodebookPage(browser);
  }

  CodebookPage(Browser browser) {
    super(browser);
  }

  /** Adds a theme at the top (parent 0) or under the broader theme of that place in the list. */
  public CodebookPage add(String code, String label, String definition, int parent) {
    browser.type(By.id("theme:code"), code);
    browser.type(By.id("theme:labelEn"), label);
    if (definition != null) {
      browser.type(By.id("theme:definitionEn"), definition);
    }
    if (parent > 0) {
      new Select(browser.driver().findElement(By.id("theme:parent"))).selectByIndex(parent);
    }
    browser.submit(By.id("theme:add"));
    return this;
  }

  /** What the add form holds now (a topic adopted fills it). */
  public String field(String id) {
    return browser.driver().findElement(By.id(id)).getAttribute("value");
  }

  /** Adds the theme the form holds under a code. */
  public CodebookPage addAs(String code) {
    browser.type(By.id("theme:code"), code);
    browser.submit(By.id("theme:add"));
    return this;
  }

  public String themes() {
    return browser.text(By.id("themes"));
  }

  /** The list of answers to code. */
  public CodingListPage code() {
    browser.driver().findElement(By.id("codeLink")).click();
    browser.waitForText(By.cssSelector("h1"), "Code answers");
    return new CodingListPage(browser);
  }
}
