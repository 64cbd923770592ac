package org.saferpartnerships.it.pages;

import org.openqa.selenium.By;
import org.saferpartnerships.it.Browser;

/** consultation/new.xhtml: a consultation's title and the days it opens and closes. */
public final class NewConsultationPage extends Page {

  NewConsultationPage(Browser browser) {
    super(browser);
  }

  /** Presses Create with nothing entered; the page is shown again with its errors. */
  public NewConsultationPage createNothing() {
    browser.submit(By.id("consultation:create"));
    return this;
  }

  /** Creates the consultation; its page is shown. */
  public ConsultationPage create(String title, String opensOn, String closesOn) {
    browser.type(By.id("consultation:titleEn"), title);
    browser.type(By.id("consultation:opensOn"), opensOn);
    browser.type(By.id("consultation:closesOn"), closesOn);
    browser.submit(By.id("consultation:create"));
    return new ConsultationPage(browser);
  }
}
