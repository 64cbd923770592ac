package org.saferpartnerships.it.pages;

import org.openqa.selenium.By;
import org.saferpartnerships.it.Browser;

/** login-code.xhtml: the second step of a sign-in with two-factor authentication. */
public final class CodePage extends FormPage<CodePage> {

  private CodePage(Browser browser) {
    super(browser);
  }

  /** Signs in with the password; the page then asks for the code. */
  public static CodePage afterPassword(Browser browser, String username, String password) {
    browser.signIn(username, password);
    browser.waitForText(By.cssSelector("h1"), "Enter your two-factor code");
    return new CodePage(browser);
  }

  public CodePage wrong(String code) {
    type("secondFactor:code", code);
    return refused("secondFactor:submit");
  }

  public void enter(String code) {
    type("secondFactor:code", code);
    browser.submit(By.id("secondFactor:submit"));
  }
}
