package org.saferpartnerships.web.casereview;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.saferpartnerships.web.PageMessages;

/**
 * Keeps robots off the public application form without a CAPTCHA (which would shut out people who
 * use screen readers): a field hidden from people that robots fill in, a form completed faster than
 * a person could, and too many applications from one address in an hour are refused. The hourly
 * count is per server instance; with several instances each keeps its own.
 */
@ApplicationScoped
public class SpamGuard {

  /** Why an application was refused; null when it may go ahead. */
  public enum Verdict {
    HONEYPOT,
    TOO_FAST,
    TOO_MANY
  }

  @Inject private Clock clock;

  @Inject
  @ConfigProperty(name = "sp.apply.min-seconds", defaultValue = "5")
  private int minSeconds;

  @Inject
  @ConfigProperty(name = "sp.apply.per-hour", defaultValue = "10")
  private int perHour;

  /** Addresses remembered before those quiet for an hour are forgotten. */
  private static final int MAX_ADDRESSES = 10_000;

  private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();

  /**
   * Judges a submission: the hidden field's value, when the form was started, and the address it
   * came from. An application that may go ahead is counted against its address.
   */
  public Verdict judge(String honeypot, Instant started, String address) {
    return judge(honeypot, started, address, clock.instant(), minSeconds, perHour);
  }

  /**
   * Judges the page's submission against the address it came from; a refusal is shown on the page
   * (the same words for every public form) and answers true.
   */
  public boolean refuses(String honeypot, Instant started, PageMessages messages) {
    HttpServletRequest request =
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    Verdict verdict = judge(honeypot, started, request.getRemoteAddr());
    if (verdict == null) {
      return false;
    }
    messages.error(null, "apply.refused." + verdict.name());
    return true;
  }

  Verdict judge(
      String honeypot, Instant started, String address, Instant now, int minSeconds, int perHour) {
    if (honeypot != null && !honeypot.isBlank()) {
      return Verdict.HONEYPOT;
    }
    if (started == null || Duration.between(started, now).getSeconds() < minSeconds) {
      return Verdict.TOO_FAST;
    }
    if (recent.size() > MAX_ADDRESSES) {
      forgetBefore(now.minus(Duration.ofHours(1)));
    }
    Deque<Instant> times = recent.computeIfAbsent(address, key -> new ArrayDeque<>());
    synchronized (times) {
      Instant hourAgo = now.minus(Duration.ofHours(1));
      while (!times.isEmpty() && times.peekFirst().isBefore(hourAgo)) {
        times.removeFirst();
      }
      if (times.size() >= perHour) {
        return Verdict.TOO_MANY;
      }
      times.addLast(now);
    }
    return null;
  }

  private void forgetBefore(Instant cutoff) {
    recent
        .entrySet()
        .removeIf(
            entry -> {
              synchronized (entry.getValue()) {
                Instant last = entry.getValue().peekLast();
                return last == null || last.isBefore(cutoff);
              }
            });
  }
}
