package org.saferpartnerships.it.pages;

import org.saferpartnerships.it.Browser;

/**
 * submission/meetings.xhtml and meeting.xhtml: meetings called, held and their actions (reg 14A).
 */
public final class MeetingsPage extends FormPage<MeetingsPage> {

  private MeetingsPage(Browser browser) {
    super(browser);
  }

  public static MeetingsPage open(Browser browser) {
    at(browser, "submission/meetings.xhtml", "Meetings of responsible authorities");
    return new MeetingsPage(browser);
  }
}
