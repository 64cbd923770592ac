package org.saferpartnerships.account.twofactor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TotpTest {

  /** RFC 6238 appendix B's SHA-1 key, "12345678901234567890", in Base32. */
  private static final String RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

  @Test
  void codesAreTheRfcsTestVectorsInSixDigits() {
    assertThat(Totp.code(RFC_SECRET, Instant.ofEpochSecond(59))).isEqualTo("287082");
    assertThat(Totp.code(RFC_SECRET, Instant.ofEpochSecond(1111111109))).isEqualTo("081804");
    assertThat(Totp.code(RFC_SECRET, Instant.ofEpochSecond(1111111111))).isEqualTo("050471");
    assertThat(Totp.code(RFC_SECRET, Instant.ofEpochSecond(1234567890))).isEqualTo("005924");
    assertThat(Totp.code(RFC_SECRET, Instant.ofEpochSecond(2000000000))).isEqualTo("279037");
  }

  @Test
  void aCodeFromTheStepBeforeOrAfterMatchesThatStepAndNoFurther() {
    String secret = Totp.newSecret();
    Instant now = Instant.parse("2026-12-04T09:00:10Z");
    long step = Totp.step(now);
    String before = Totp.code(secret, now.minusSeconds(30));
    String after = Totp.code(secret, now.plusSeconds(30));
    String twoBefore = Totp.code(secret, now.minusSeconds(60));

    assertThat(Totp.matchingStep(secret, Totp.code(secret, now), now)).hasValue(step);
    assertThat(Totp.matchingStep(secret, before, now)).hasValue(step - 1);
    assertThat(Totp.matchingStep(secret, after, now)).hasValue(step + 1);
    if (!twoBefore.equals(before)
        && !twoBefore.equals(after)
        && !twoBefore.equals(Totp.code(secret, now))) {
      assertThat(Totp.matchingStep(secret, twoBefore, now)).isEmpty();
    }
  }

  @Test
  void spacesAndHyphensAreIgnoredAndAnythingButSixDigitsMatchesNothing() {
    Instant now = Instant.ofEpochSecond(59);
    assertThat(Totp.matchingStep(RFC_SECRET, "287 082", now)).isPresent();
    assertThat(Totp.matchingStep(RFC_SECRET, "287-082", now)).isPresent();
    assertThat(Totp.matchingStep(RFC_SECRET, "28708", now)).isEmpty();
    assertThat(Totp.matchingStep(RFC_SECRET, "2870822", now)).isEmpty();
    assertThat(Totp.matchingStep(RFC_SECRET, "28708a", now)).isEmpty();
    assertThat(Totp.matchingStep(RFC_SECRET, null, now)).isEmpty();
    assertThat(Totp.matchingStep(RFC_SECRET, "", now)).isEmpty();
  }

  @Test
  void aNewSecretIs160BitsOfBase32AndDiffersEachTime() {
    String one = Totp.newSecret();
    assertThat(one).matches("[A-Z2-7]{32}");
    assertThat(Totp.newSecret()).isNotEqualTo(one);
    assertThat(Totp.grouped("ABCDEFGHIJ")).isEqualTo("ABCD EFGH IJ");
  }

  @Test
  void theAddressCarriesIssuerAccountAndParametersEncoded() {
    assertThat(Totp.uri("Safer Partnerships", "a.b@example.org", "ABCD"))
        .isEqualTo(
            "otpauth://totp/Safer%20Partnerships:a.b%40example.org?secret=ABCD"
                + "&issuer=Safer%20Partnerships&algorithm=SHA1&digits=6&period=30");
  }

  @Test
  void anEmptySecretIsRefused() {
    assertThatThrownBy(() -> Totp.code("", Instant.EPOCH))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
