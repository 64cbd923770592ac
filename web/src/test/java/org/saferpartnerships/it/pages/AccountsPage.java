package org.saferpartnerships.it.pages;

import org.openqa.selenium.By;
import org.saferpartnerships.it.Browser;

/**
 * accounts/accounts.xhtml, accounts/invite.xhtml and accounts/account.xhtml: the accounts an
 * administrator or a lead manages, inviting a person, and one account.
 */
public final class AccountsPage extends FormPage<AccountsPage> {

  private AccountsPage(Browser browser) {
    super(browser);
  }

  public static AccountsPage open(Browser browser, String language) {
    at(
        browser,
        "accounts/accounts.xhtml?lang=" + language,
        "en".equals(language) ? "Accounts" : "Cyfrifon");
    return new AccountsPage(browser);
  }

  /** The invitation form, reached from elsewhere (an approved sign-in request). */
  public static AccountsPage inviting(Browser browser) {
    browser.waitForText(By.cssSelector("h1"), "Invite someone");
    return new AccountsPage(browser);
  }

  public AccountsPage invite() {
    browser.submit(By.id("invite"));
    browser.waitForText(By.cssSelector("h1"), "Invite someone");
    return this;
  }

  /** Ticks a role's checkbox by the words beside it. */
  public AccountsPage role(String label) {
    String id =
        browser
            .driver()
            .findElement(By.xpath("//label[normalize-space(text())='" + label + "']"))
            .getAttribute("for");
    browser.choose(By.id(id));
    return this;
  }

  /** Finds organisations by name without the page reloading, and adds the first so named. */
  public AccountsPage organisation(String form, String name) {
    browser.type(By.id(form + ":organisationQuery"), name);
    browser.driver().findElement(By.id(form + ":findOrganisations")).click();
    By add = By.cssSelector("[aria-label='Add: " + name + "']");
    browser.waitFor(add).click();
    browser.waitForText(By.id("chosenOrganisations"), name);
    return this;
  }
}
