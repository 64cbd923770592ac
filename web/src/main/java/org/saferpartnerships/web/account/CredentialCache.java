package org.saferpartnerships.web.account;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Remembers, for one minute, that a username and password passed the identity store, so that an API
 * client sending HTTP Basic on every request does not pay a PBKDF2 verification (about 80 ms) each
 * time. Entries are keyed by an HMAC of the credentials under a key made at start-up, so the cache
 * never holds a password or anything a password could be recovered from. Each entry keeps the
 * account's stamp: the caller checks it against the account on every request, so a lock, a disabled
 * account or a new password ends it at once. Bounded in size by Caffeine.
 */
@ApplicationScoped
public class CredentialCache {

  private static final Duration LIFETIME = Duration.ofMinutes(1);
  private static final int MAX_ENTRIES = 10_000;

  private final Cache<String, SignedInCaller> entries =
      Caffeine.newBuilder().maximumSize(MAX_ENTRIES).expireAfterWrite(LIFETIME).build();
  private final SecretKeySpec key;

  public CredentialCache() {
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    key = new SecretKeySpec(secret, "HmacSHA256");
  }

  Optional<SignedInCaller> lookup(String username, String password) {
    return Optional.ofNullable(entries.getIfPresent(fingerprint(username, password)));
  }

  void remember(String username, String password, SignedInCaller caller) {
    entries.put(fingerprint(username, password), caller);
  }

  void forget(String username, String password) {
    entries.invalidate(fingerprint(username, password));
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
