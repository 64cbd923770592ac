package org.saferpartnerships.it.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.saferpartnerships.it.Browser;

/**
 * registry/csps.xhtml, force-areas.xhtml and councils.xhtml: a list of the registry, filtered and
 * paged in the database, with the count it found and its downloads.
 */
public final class RegistryListPage extends Page {

  private static final By STATUS = By.cssSelector("p[role=status]");

  RegistryListPage(Browser browser) {
    super(browser);
  }

  /** A list by its address, e.g. {@code registry/csps.xhtml?country=W}. */
  public static RegistryListPage open(Browser browser, String path) {
    browser.open(path);
    return new RegistryListPage(browser);
  }

  /** Waits until the count says this (e.g. "21 partnerships"). */
  public RegistryListPage shows(String count) {
    browser.waitForText(STATUS, count);
    return this;
  }

  public RegistryListPage country(String country) {
    new Select(browser.driver().findElement(By.id("filters:country"))).selectByVisibleText(country);
    return this;
  }

  public RegistryListPage forceArea(String name) {
    new Select(browser.driver().findElement(By.id("filters:pfa"))).selectByVisibleText(name);
    return this;
  }

  public RegistryListPage search(String text) {
    browser.type(By.id("filters:query"), text);
    return this;
  }

  public RegistryListPage apply() {
    browser.driver().findElement(By.id("filters:apply")).click();
    return this;
  }

  public RegistryListPage clear() {
    browser.driver().findElement(By.id("filters:clear")).click();
    return this;
  }

  /** The rows of the page shown. */
  public String table() {
    return browser.text(By.id("results:table"));
  }

  /** Moves to the next page of rows, and waits for the paginator to say which rows these are. */
  public RegistryListPage nextPage(String rows) {
    browser.driver().findElement(By.cssSelector("#results\\:table .ui-paginator-next")).click();
    browser.waitForText(By.cssSelector("#results\\:table .ui-paginator-current"), rows);
    return this;
  }

  /** Every row matching the filters, as the CSV download. */
  public byte[] downloadCsv(String fileName) {
    browser.driver().findElement(By.id("results:csv")).click();
    return browser.downloaded(fileName);
  }

  public CspPage openCsp(String name) {
    follow(name);
    browser.waitForText(By.cssSelector("h1"), name);
    return new CspPage(browser);
  }
}
