package org.saferpartnerships.web.account;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Counts failed sign-ins per username (known or not) and per client address, and refuses further
 * attempts once either passes its limit in its window, before any password is hashed. One PBKDF2
 * check costs about 55 ms of a core, so unthrottled guessing (about 36 a second) kept both cores of
 * the server busy; a refused attempt now costs a map lookup. The account's own lock (five failures,
 * in the database) still applies; this also covers names that do not exist, which the database
 * cannot lock. Counts are kept per server instance, in Caffeine caches bounded in size, each window
 * starting at its first failure.
 */
@ApplicationScoped
public class SignInThrottle {

  private static final int MAX_KEYS = 100_000;

  @Inject
  @ConfigProperty(name = "sp.login.throttle.address-failures", defaultValue = "20")
  int addressLimit;

  @Inject
  @ConfigProperty(name = "sp.login.throttle.username-failures", defaultValue = "10")
  int usernameLimit;

  @Inject
  @ConfigProperty(name = "sp.login.throttle.minutes", defaultValue = "10")
  int minutes;

  private Cache<String, AtomicInteger> failures;

  private synchronized Cache<String, AtomicInteger> failures() {
    if (failures == null) {
      failures =
          Caffeine.newBuilder()
              .maximumSize(MAX_KEYS)
              .expireAfterWrite(Duration.ofMinutes(minutes))
              .build();
    }
    return failures;
  }

  /** How long to wait, if this username or address may not try now. */
  public Optional<Duration> refusal(String username, String address) {
    if (count(nameKey(username)) >= usernameLimit || count(addressKey(address)) >= addressLimit) {
      return Optional.of(Duration.ofMinutes(minutes));
    }
    return Optional.empty();
  }

  public void failed(String username, String address) {
    failures().get(nameKey(username), key -> new AtomicInteger()).incrementAndGet();
    failures().get(addressKey(address), key -> new AtomicInteger()).incrementAndGet();
  }

  /** A right password clears the name's count (not the address's: many people share one). */
  public void succeeded(String username) {
    failures().invalidate(nameKey(username));
  }

  /** Forgets every count (an administrator's relief after an incident; tests start clean). */
  public void reset() {
    failures().invalidateAll();
  }

  private int count(String key) {
    AtomicInteger count = failures().getIfPresent(key);
    return count == null ? 0 : count.get();
  }

  private static String nameKey(String username) {
    return "u:" + (username == null ? "" : username.trim().toLowerCase(Locale.ROOT));
  }

  private static String addressKey(String address) {
    return "a:" + address;
  }
}
