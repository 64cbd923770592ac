package org.saferpartnerships.web.workflow;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.saferpartnerships.web.PageMessages;
import org.saferpartnerships.web.tables.Columns;

/**
 * A queue's name as people read it ("ASB single point of contact", not ASB_SPOC): the page's bundle
 * names the queues the product sets up; a queue an administrator added in a routing rule is written
 * from its code in words ("Night team" for NIGHT_TEAM).
 */
@Named
@RequestScoped
public class Queues {

  @Inject private PageMessages messages;

  public String name(String code) {
    return code == null || code.isBlank() ? "" : Columns.Words.of(messages).named("queue.", code);
  }
}
