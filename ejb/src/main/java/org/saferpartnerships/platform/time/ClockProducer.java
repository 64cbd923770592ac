package org.saferpartnerships.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/**
 * The time every service reads, so tests can replace it. Local dates (vintages, policing body
 * terms, deadlines) are in England and Wales time.
 */
@ApplicationScoped
public class ClockProducer {

  public static final ZoneId LONDON = ZoneId.of("Europe/London");

  @Produces
  @ApplicationScoped
  Clock clock() {
    return Clock.system(LONDON);
  }
}
