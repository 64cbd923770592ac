package org.saferpartnerships.it.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.saferpartnerships.it.Browser;

/** account/two-factor.xhtml: setting up an authenticator app, and the recovery codes. */
public final class TwoFactorSetUpPage extends FormPage<TwoFactorSetUpPage> {

  private TwoFactorSetUpPage(Browser browser) {
    super(browser);
  }

  public static TwoFactorSetUpPage open(Browser browser, String language) {
    browser.open("account/two-factor.xhtml?lang=" + language);
    browser.waitFor(By.cssSelector("h1"));
    return new TwoFactorSetUpPage(browser);
  }

  /** The page as it stands after a redirect to it. */
  public static TwoFactorSetUpPage here(Browser browser) {
    browser.waitForText(By.cssSelector("h1"), "Two-factor authentication");
    return new TwoFactorSetUpPage(browser);
  }

  /** Begins: the QR code and the secret (spaces removed) appear. */
  public String begin() {
    browser.submit(By.id("enrol:begin"));
    browser.waitFor(By.id("qr"));
    return browser.text(By.id("secret")).replace(" ", "");
  }

  /** Confirms with a code; returns the recovery codes shown once. */
  public List<String> confirm(String code) {
    type("enrol:code", code);
    browser.submit(By.id("enrol:confirm"));
    browser.waitFor(By.id("codeList"));
    return browser.driver().findElements(By.cssSelector("#codeList code")).stream()
        .map(WebElement::getText)
        .toList();
  }
}
