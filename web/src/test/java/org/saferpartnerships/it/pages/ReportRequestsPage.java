package org.saferpartnerships.it.pages;

import org.saferpartnerships.it.Browser;

/** submission/requests.xhtml: the reports a policing body asks of its partnerships (s7). */
public final class ReportRequestsPage extends FormPage<ReportRequestsPage> {

  private ReportRequestsPage(Browser browser) {
    super(browser);
  }

  public static ReportRequestsPage open(Browser browser) {
    at(browser, "submission/requests.xhtml", "Report requests (section 7)");
    return new ReportRequestsPage(browser);
  }
}
