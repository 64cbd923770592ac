package org.saferpartnerships.account.twofactor;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/**
 * Time-based one-time codes as RFC 6238 defines them and authenticator apps compute them:
 * HMAC-SHA1, six digits, 30-second steps, the secret shown as Base32. A code is accepted for the
 * current step and the one before and after (a phone's clock a little out, a code typed as it
 * turned over); the step it matched is returned so that the caller can refuse it a second time. The
 * codes come from java-otp (com.eatthepath), the Base32 from Commons Codec.
 */
public final class Totp {

  static final Duration STEP = Duration.ofSeconds(30);
  static final int DIGITS = 6;

  /** Steps either side of now that a code may come from. */
  static final int WINDOW = 1;

  private static final SecureRandom RANDOM = new SecureRandom();

  private Totp() {}

  /** A new shared secret: 160 random bits (RFC 4226's recommended length) in Base32. */
  public static String newSecret() {
    byte[] bytes = new byte[20];
    RANDOM.nextBytes(bytes);
    return new Base32().encodeToString(bytes).replace("=", "");
  }

  /** The 30-second step an instant falls in. */
  public static long step(Instant at) {
    return Math.floorDiv(at.getEpochSecond(), STEP.getSeconds());
  }

  /** The code for the step of an instant, with its leading zeros. */
  public static String code(String secret, Instant at) {
    try {
      return new TimeBasedOneTimePasswordGenerator(STEP, DIGITS)
          .generateOneTimePasswordString(key(secret), at, Locale.ROOT);
    } catch (InvalidKeyException e) {
      throw new IllegalArgumentException("not a usable secret", e);
    }
  }

  /**
   * The step (now, or one either side) whose code this is, if any. Spaces and hyphens people type
   * between groups of digits are ignored; anything but six digits matches nothing.
   */
  public static OptionalLong matchingStep(String secret, String typed, Instant now) {
    String code = normalise(typed);
    if (code.length() != DIGITS || !code.chars().allMatch(Character::isDigit)) {
      return OptionalLong.empty();
    }
    long current = step(now);
    for (long step = current - WINDOW; step <= current + WINDOW; step++) {
      Instant at = Instant.ofEpochSecond(step * STEP.getSeconds());
      if (java.security.MessageDigest.isEqual(
          code(secret, at).getBytes(StandardCharsets.US_ASCII),
          code.getBytes(StandardCharsets.US_ASCII))) {
        return OptionalLong.of(step);
      }
    }
    return OptionalLong.empty();
  }

  /**
   * The otpauth:// address authenticator apps read from a QR code (Google's key-URI format, which
   * they all follow): the issuer and the account name label the entry in the app.
   */
  public static String uri(String issuer, String account, String secret) {
    String label = encode(issuer) + ":" + encode(account);
    return "otpauth://totp/"
        + label
        + "?secret="
        + secret
        + "&issuer="
        + encode(issuer)
        + "&algorithm=SHA1&digits="
        + DIGITS
        + "&period="
        + STEP.getSeconds();
  }

  /** The secret in groups of four, easier to type into an app than one long string. */
  public static String grouped(String secret) {
    return secret.replaceAll("(.{4})(?!$)", "$1 ");
  }

  static String normalise(String typed) {
    return typed == null ? "" : typed.replaceAll("[\\s-]", "");
  }

  private static SecretKeySpec key(String secret) {
    byte[] bytes = new Base32().decode(secret.toUpperCase(Locale.ROOT));
    if (bytes.length == 0) {
      throw new IllegalArgumentException("empty secret");
    }
    return new SecretKeySpec(bytes, "HmacSHA1");
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
