package org.saferpartnerships.platform.errors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainTextTest {

  @Test
  void everydayTextInEnglishAndWelshPasses() {
    assertThat(PlainText.isAllowed("Siân’s neighbour, Ŵyn Ŷ — “quoted”\n\tline two\r\n")).isTrue();
    assertThat(PlainText.isAllowed("emoji 🙂 are a surrogate pair")).isTrue();
    assertThat(PlainText.isAllowed("")).isTrue();
    assertThat(PlainText.isAllowed(null)).isTrue();
  }

  @Test
  void controlCharactersAreRefusedWithTheirPosition() {
    assertThat(PlainText.firstForbidden("A\u0000Victim")).isEqualTo(1);
    assertThat(PlainText.describe("A\u0000Victim", 1)).isEqualTo("U+0000");
    assertThat(PlainText.isAllowed("bell\u0007")).isFalse();
    assertThat(PlainText.isAllowed("esc\u001b[31m")).isFalse();
    assertThat(PlainText.isAllowed("del\u007f")).isFalse();
    assertThat(PlainText.isAllowed("c1\u0085")).isFalse();
    assertThat(PlainText.isAllowed("nonchar\uffff")).isFalse();
  }

  @Test
  void unpairedSurrogatesAreRefused() {
    assertThat(PlainText.firstForbidden("a\ud800b")).isEqualTo(1);
    assertThat(PlainText.firstForbidden("a\udc00")).isEqualTo(1);
    assertThat(PlainText.firstForbidden("end\ud83d")).isEqualTo(3);
    assertThat(PlainText.isAllowed("\ud83d\ude42")).isTrue();
  }
}
