package org.saferpartnerships.web.identity;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Remembers, for one minute, that a username and password passed the identity store, so that an API
 * client sending HTTP Basic on every request does not pay a PBKDF2 verification (about 80 ms) each
 * time. Entries are keyed by an HMAC of the credentials under a key made at start-up, so the cache
 * never holds a password or anything a password could be recovered from.
 */
@ApplicationScoped
public class CredentialCache {

  private static final Duration LIFETIME = Duration.ofMinutes(1);
  private static final int MAX_ENTRIES = 10_000;

  private final Map<String, Entry> entries = new ConcurrentHashMap<>();
  private final SecretKeySpec key;
  private final Clock clock = Clock.systemUTC();

  private record Entry(String username, Set<String> groups, Instant expires) {}

  public CredentialCache() {
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    key = new SecretKeySpec(secret, "HmacSHA256");
  }

  Optional<SignedInCaller> lookup(String username, String password) {
    Entry entry = entries.get(fingerprint(username, password));
    if (entry == null || entry.expires().isBefore(clock.instant())) {
      return Optional.empty();
    }
    return Optional.of(new SignedInCaller(entry.username(), entry.groups()));
  }

  void remember(String username, String password, SignedInCaller caller) {
    Instant now = clock.instant();
    if (entries.size() >= MAX_ENTRIES) {
      entries.values().removeIf(entry -> entry.expires().isBefore(now));
      if (entries.size() >= MAX_ENTRIES) {
        entries.clear();
      }
    }
    entries.put(
        fingerprint(username, password),
        new Entry(caller.name(), caller.groups(), now.plus(LIFETIME)));
  }

  private String fingerprint(String username, String password) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      mac.update(username.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      return HexFormat.of().formatHex(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java platform", e);
    }
  }
}
