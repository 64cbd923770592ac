package org.saferpartnerships.it.pages;

import org.saferpartnerships.it.Browser;

/** registry/force-area.xhtml: a police force area, its policing body, force and partnerships. */
public final class ForceAreaPage extends Page {

  ForceAreaPage(Browser browser) {
    super(browser);
  }
}
