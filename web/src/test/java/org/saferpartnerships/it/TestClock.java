package org.saferpartnerships.it;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;
import org.saferpartnerships.platform.time.ClockProducer;

/**
 * The application's clock in tests: the real time, or a fixed moment a test sets, so that SLA
 * clocks, warnings and escalations can be moved on without waiting days. Replaces {@link
 * ClockProducer}'s clock for the whole test deployment (an enabled alternative).
 */
@ApplicationScoped
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
public class TestClock {

  private final AtomicReference<Instant> fixed = new AtomicReference<>();

  @Produces
  @ApplicationScoped
  @Alternative
  @Priority(Interceptor.Priority.APPLICATION + 100)
  Clock clock() {
    return new Clock() {
      @Override
      public ZoneId getZone() {
        return ClockProducer.LONDON;
      }

      @Override
      public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
      }

      @Override
      public Instant instant() {
        Instant at = fixed.get();
        return at == null ? Instant.now() : at;
      }
    };
  }

  /** From now on the time is 09:00 on this day in London (null: real time again). */
  public void setDate(LocalDate date) {
    fixed.set(date == null ? null : date.atTime(9, 0).atZone(ClockProducer.LONDON).toInstant());
  }
}
