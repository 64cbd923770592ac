package org.saferpartnerships.platform.files;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 in lower-case hexadecimal: of a file's content (to spot the same file twice), of a
 * one-time token (stored instead of the token), of a text that must change when its source does.
 */
public final class Sha256 {

  private Sha256() {}

  public static String hex(byte[] content) {
    return HexFormat.of().formatHex(digest().digest(content));
  }

  public static String hex(String text) {
    return hex(text.getBytes(StandardCharsets.UTF_8));
  }

  /** A new SHA-256 digest, for content read in parts. */
  public static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java platform", e);
    }
  }
}
