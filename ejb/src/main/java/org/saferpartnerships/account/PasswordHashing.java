package org.saferpartnerships.account;

import java.util.Map;
import org.saferpartnerships.platform.files.Sha256;

/**
 * The parameters of the PBKDF2 password hash (DESIGN.md section 4 asks for at least 210,000
 * iterations), set explicitly rather than left to the container's defaults.
 */
final class PasswordHashing {

  static final Map<String, String> PARAMETERS =
      Map.of(
          "Pbkdf2PasswordHash.Iterations", "210000",
          "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
          "Pbkdf2PasswordHash.SaltSizeBytes", "32",
          "Pbkdf2PasswordHash.KeySizeBytes", "32");

  /**
   * A hash of a random secret nobody knows. Checking a password against it for unknown usernames
   * makes "no such user" take as long as "wrong password", so timing does not reveal who exists.
   */
  static final String DECOY_HASH =
      "PBKDF2WithHmacSHA256:210000:SmMyNVOH3+VVmt0l113QWRkeJ9GvskiLzSUVAwyhU00=:4YDVuG4PsmzWV5eitL7HbbUN+uXxJOkedyRleC6PC/E=";

  private PasswordHashing() {}

  /** SHA-256 of a text, in hexadecimal: a stamp that changes whenever the text does. */
  static String digest(String text) {
    return Sha256.hex(text);
  }
}
