package org.saferpartnerships.it.pages;

import org.openqa.selenium.By;
import org.saferpartnerships.it.Browser;

/** submission/grants.xhtml: a policing body's register of s9 grants in a year, and its download. */
public final class GrantRegisterPage extends FormPage<GrantRegisterPage> {

  private GrantRegisterPage(Browser browser) {
    super(browser);
  }

  public static GrantRegisterPage open(Browser browser, String pfa, int year) {
    at(browser, "submission/grants.xhtml?pfa=" + pfa + "&year=" + year, "Grant register");
    return new GrantRegisterPage(browser);
  }

  /** The register as an ODS file. */
  public byte[] downloadOds() {
    browser.driver().findElement(By.id("results:ods")).click();
    return browser.downloaded("grant-register.ods");
  }
}
