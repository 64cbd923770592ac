package org.saferpartnerships.it.pages;

import org.openqa.selenium.By;
import org.saferpartnerships.it.Browser;

/** admin/sign-in-requests.xhtml: people the organisation's provider vouched for, waiting. */
public final class SignInRequestsPage extends Page {

  private SignInRequestsPage(Browser browser) {
    super(browser);
  }

  public static SignInRequestsPage open(Browser browser, String language) {
    browser.open("admin/sign-in-requests.xhtml?lang=" + language);
    browser.waitFor(By.cssSelector("h1"));
    return new SignInRequestsPage(browser);
  }

  /** Approves the request of a name: the invitation form opens with their address. */
  public AccountsPage approve(String name) {
    browser.submit(By.cssSelector("a[aria-label='Approve " + name + "']"));
    return AccountsPage.inviting(browser);
  }
}
