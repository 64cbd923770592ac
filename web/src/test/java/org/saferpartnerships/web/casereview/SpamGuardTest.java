package org.saferpartnerships.web.casereview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SpamGuardTest {

  private static final Instant START = Instant.parse("2026-11-24T10:00:00Z");

  private final SpamGuard guard = new SpamGuard();

  @Test
  void aPersonWhoTookTheirTimeAndLeftTheHiddenFieldEmptyMayApply() {
    assertThat(guard.judge("", START, "198.51.100.1", START.plusSeconds(40), 5, 10)).isNull();
    assertThat(guard.judge(null, START, "198.51.100.1", START.plusSeconds(5), 5, 10)).isNull();
  }

  @Test
  void aFilledHiddenFieldOrARushedFormIsARobot() {
    assertThat(guard.judge("http://spam", START, "198.51.100.2", START.plusSeconds(60), 5, 10))
        .isEqualTo(SpamGuard.Verdict.HONEYPOT);
    assertThat(guard.judge(null, START, "198.51.100.2", START.plusSeconds(4), 5, 10))
        .isEqualTo(SpamGuard.Verdict.TOO_FAST);
    assertThat(guard.judge(null, null, "198.51.100.2", START.plusSeconds(60), 5, 10))
        .isEqualTo(SpamGuard.Verdict.TOO_FAST);
  }

  @Test
  void oneAddressMayApplyAFewTimesAnHour() {
    Instant now = START.plusSeconds(60);
    for (int i = 0; i < 3; i++) {
      assertThat(guard.judge(null, START, "198.51.100.3", now.plusSeconds(i), 5, 3)).isNull();
    }
    assertThat(guard.judge(null, START, "198.51.100.3", now.plusSeconds(10), 5, 3))
        .isEqualTo(SpamGuard.Verdict.TOO_MANY);
    // another address is not held back, and an hour later the first may apply again
    assertThat(guard.judge(null, START, "198.51.100.4", now.plusSeconds(10), 5, 3)).isNull();
    assertThat(guard.judge(null, START, "198.51.100.3", now.plusSeconds(3601), 5, 3)).isNull();
  }
}
