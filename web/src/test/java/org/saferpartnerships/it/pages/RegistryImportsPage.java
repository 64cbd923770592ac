package org.saferpartnerships.it.pages;

import java.nio.file.Path;
import org.openqa.selenium.By;
import org.saferpartnerships.it.Browser;

/** admin/imports.xhtml: an ONS lookup file checked whole, then previewed before it is imported. */
public final class RegistryImportsPage extends Page {

  RegistryImportsPage(Browser browser) {
    super(browser);
  }

  /** Chooses a file; the page checks it at once. */
  public RegistryImportsPage upload(Path file) {
    browser
        .driver()
        .findElement(By.cssSelector("#upload\\:file input[type=file]"))
        .sendKeys(file.toAbsolutePath().normalize().toString());
    return this;
  }

  /** The problems of a refused file, by line. */
  public String problems() {
    return browser.waitFor(By.id("problemTable")).getText();
  }

  /** What an acceptable file would import. */
  public String preview() {
    return browser.waitFor(By.id("upload:preview")).getText();
  }

  /** The day the new vintage would start, as proposed. */
  public String validFrom() {
    return browser.driver().findElement(By.id("upload:validFrom")).getAttribute("value");
  }

  /** Sets the file aside; true if the preview is gone. */
  public boolean cancel() {
    browser.submit(By.id("upload:cancel"));
    return browser.driver().findElements(By.id("upload:preview")).isEmpty();
  }

  /** The summary of errors, as it stands. */
  public String summary() {
    return browser.text(By.cssSelector(".sp-error-summary"));
  }
}
