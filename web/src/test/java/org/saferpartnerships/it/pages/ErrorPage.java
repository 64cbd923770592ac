package org.saferpartnerships.it.pages;

import org.saferpartnerships.it.Browser;

/** A page the server answered with an error page (404, 403), inside the site's layout. */
public final class ErrorPage extends Page {

  private ErrorPage(Browser browser) {
    super(browser);
  }

  /** Opens an address expected to answer with an error page. */
  public static ErrorPage open(Browser browser, String path) {
    browser.open(path);
    return new ErrorPage(browser);
  }
}
