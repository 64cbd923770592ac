package org.saferpartnerships.it.pages;

import org.openqa.selenium.By;
import org.saferpartnerships.it.Browser;

/** submission/calendar.xhtml: when each kind of submission is due, and the review checklist. */
public final class CalendarPage extends FormPage<CalendarPage> {

  private CalendarPage(Browser browser) {
    super(browser);
  }

  public static CalendarPage open(Browser browser, String pfa, int year) {
    at(
        browser,
        "submission/calendar.xhtml?pfa=" + pfa + "&year=" + year,
        "Submission calendar and review checklist");
    return new CalendarPage(browser);
  }

  /** Types the due date of a kind of submission, found by its label, and saves the calendar. */
  public CalendarPage due(String kind, String date) {
    String field =
        browser
            .driver()
            .findElement(By.xpath("//form[@id='dues']//label[text()='" + kind + "']"))
            .getAttribute("for");
    browser.type(By.id(field), date);
    browser.submit(By.id("dues:save"));
    return this;
  }
}
