package org.saferpartnerships.it.pages;

import org.openqa.selenium.By;
import org.saferpartnerships.it.Browser;

/** login.xhtml: the sign-in form, with what it says when refused or after a session expired. */
public final class SignInPage extends Page {

  SignInPage(Browser browser) {
    super(browser);
  }

  public static SignInPage open(Browser browser) {
    browser.open("login.xhtml");
    return new SignInPage(browser);
  }

  /** As shown after a session timed out. */
  public static SignInPage openExpired(Browser browser) {
    browser.open("login.xhtml?expired=true");
    return new SignInPage(browser);
  }

  /** Tries to sign in; the page is shown again when refused. */
  public SignInPage attempt(String username, String password) {
    browser.type(By.id("login:username"), username);
    browser.type(By.id("login:password"), password);
    browser.submit(By.id("login:signIn"));
    return this;
  }

  /** Presses the button with nothing typed. */
  public SignInPage submitEmpty() {
    browser.submit(By.id("login:signIn"));
    return this;
  }

  /** Signs in and lands on the home page. */
  public HomePage signIn(String username, String password) {
    attempt(username, password);
    return new HomePage(browser);
  }

  public String expiredMessage() {
    return browser.text(By.id("expiredMessage"));
  }
}
