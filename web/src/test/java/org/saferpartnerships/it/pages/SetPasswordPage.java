package org.saferpartnerships.it.pages;

import org.openqa.selenium.By;
import org.saferpartnerships.it.Browser;

/** account/set-password.xhtml: choosing a password with a one-time link. */
public final class SetPasswordPage extends FormPage<SetPasswordPage> {

  private SetPasswordPage(Browser browser) {
    super(browser);
  }

  public static SetPasswordPage open(Browser browser, String token) {
    at(browser, "account/set-password.xhtml?token=" + token, "Choose your password");
    return new SetPasswordPage(browser);
  }

  /** Types the password twice and saves it; the sign-in page says it is set. */
  public SignInPage choose(String password) {
    browser.type(By.id("choose:password"), password);
    browser.type(By.id("choose:repeat"), password);
    browser.submit(By.id("choose:save"));
    browser.waitFor(By.id("passwordSetMessage"));
    return new SignInPage(browser);
  }

  public SetPasswordPage refusedWith(String password) {
    browser.type(By.id("choose:password"), password);
    browser.type(By.id("choose:repeat"), password);
    browser.submit(By.id("choose:save"));
    return this;
  }
}
