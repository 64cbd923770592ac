package org.saferpartnerships.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** A key of the audit chain: its name (stored with each row it signs) and its secret. */
public record AuditKey(String id, byte[] secret) {

  /** HMAC-SHA256 of the text under this key, in hexadecimal. */
  String mac(String text) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java platform", e);
    }
  }

  @Override
  public String toString() {
    return "AuditKey[" + id + "]"; // never the secret
  }
}
