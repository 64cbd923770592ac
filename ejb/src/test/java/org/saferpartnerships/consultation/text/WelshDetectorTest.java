package org.saferpartnerships.consultation.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WelshDetectorTest {

  @Test
  void welshAnswersAreToldFromEnglishOnes() {
    assertThat(
            WelshDetector.isWelsh(
                "Mae'r goleuadau stryd wedi torri yn y pentref ac mae hi'n dywyll iawn bob nos."))
        .isTrue();
    assertThat(WelshDetector.isWelsh("Dydy'r heddlu ddim yn dod pan rydyn ni'n galw.")).isTrue();
    assertThat(
            WelshDetector.isWelsh(
                "The street lighting is broken and the lamps stay dark at night."))
        .isFalse();
  }

  @Test
  void shortTextsAndTextsWithoutACommonWelshWordAreNotJudged() {
    assertThat(WelshDetector.isWelsh("Diolch")).isFalse();
    assertThat(WelshDetector.isWelsh(null)).isFalse();
    // "yn" and "mae" inside English words are not Welsh words
    assertThat(WelshDetector.isWelsh("Synonyms of maelstrom: turmoil, chaos, upheaval")).isFalse();
    // a common word at the very end of the text is still found
    assertThat(WelshDetector.isWelsh("Gwasanaeth da, a staff cyfeillgar a chymwynasgar iawn"))
        .isTrue();
  }
}
