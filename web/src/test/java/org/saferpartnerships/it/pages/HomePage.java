package org.saferpartnerships.it.pages;

import org.openqa.selenium.By;
import org.saferpartnerships.it.Browser;

/** index.xhtml: where a signed-in user lands, with the navigation every page shares. */
public final class HomePage extends Page {

  HomePage(Browser browser) {
    super(browser);
  }

  public static HomePage open(Browser browser) {
    browser.open("index.xhtml");
    return new HomePage(browser);
  }

  /** The registry's list of partnerships, from the navigation. */
  public RegistryListPage partnerships() {
    follow("Partnerships");
    return new RegistryListPage(browser);
  }

  public RegistryImportsPage registryImports() {
    follow("Registry imports");
    browser.waitForText(By.cssSelector("h1"), "Registry imports");
    return new RegistryImportsPage(browser);
  }

  /** Chooses Welsh from the navigation; the page is shown again in Welsh. */
  public HomePage inWelsh(String welshHeading) {
    follow("Cymraeg");
    browser.waitForText(By.cssSelector("h1"), welshHeading);
    return this;
  }

  /** Signs out; the sign-in page is shown. */
  public SignInPage signOut() {
    browser.signOut();
    return new SignInPage(browser);
  }
}
