package org.saferpartnerships.it.pages;

import java.nio.file.Path;
import org.openqa.selenium.By;
import org.saferpartnerships.it.Browser;

/** consultation/import.xhtml: a file of responses uploaded, its columns matched, then imported. */
public final class ImportPage extends Page {

  ImportPage(Browser browser) {
    super(browser);
  }

  /** Uploads a file and waits for its columns. */
  public ImportPage upload(Path file) {
    browser
        .driver()
        .findElement(By.cssSelector("#upload\\:file input[type=file]"))
        .sendKeys(file.toAbsolutePath().normalize().toString());
    browser.waitFor(By.id("columns"));
    return this;
  }

  public String columns() {
    return browser.text(By.id("columns"));
  }

  /** Starts the import by the columns as matched, and waits until it completed. */
  public ImportPage start() {
    browser.submit(By.id("mapping:start"));
    browser.waitFor(By.id("completed"));
    return this;
  }

  public String completed() {
    return browser.text(By.id("completed"));
  }

  /** Back to the consultation. */
  public ConsultationPage back() {
    browser.driver().findElement(By.id("back")).click();
    browser.waitFor(By.id("responseCount"));
    return new ConsultationPage(browser);
  }
}
