package org.saferpartnerships.it.pages;

import org.openqa.selenium.By;
import org.saferpartnerships.it.Browser;

/** consultation/consultations.xhtml: the consultations the user can see, and setting one up. */
public final class ConsultationsPage extends Page {

  ConsultationsPage(Browser browser) {
    super(browser);
  }

  /** From the navigation of any page. */
  public static ConsultationsPage fromNavigation(Browser browser) {
    browser.driver().findElement(By.id("navConsultations")).click();
    browser.waitForText(By.cssSelector("h1"), "Consultations");
    return new ConsultationsPage(browser);
  }

  public NewConsultationPage setUp() {
    browser.driver().findElement(By.id("newConsultation")).click();
    browser.waitForText(By.cssSelector("h1"), "Set up a consultation");
    return new NewConsultationPage(browser);
  }
}
