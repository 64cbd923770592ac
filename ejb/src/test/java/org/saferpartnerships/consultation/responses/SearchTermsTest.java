package org.saferpartnerships.consultation.responses;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTermsTest {

  @Test
  void wordsAndQuotedPhrasesInAnyCase() {
    assertThat(SearchTerms.parse("  \"Street   Lighting\" Patrols night "))
        .containsExactly("street lighting", "patrols", "night");
    assertThat(SearchTerms.parse("police\"no response\"")).containsExactly("police", "no response");
    assertThat(SearchTerms.parse("\"unclosed phrase")).containsExactly("unclosed phrase");
    assertThat(SearchTerms.parse("\"\"  ")).isEmpty();
    assertThat(SearchTerms.parse(null)).isEmpty();
  }

  @Test
  void atMostTenTerms() {
    assertThat(SearchTerms.parse("a b c d e f g h i j k l")).hasSize(SearchTerms.MAX_TERMS);
  }

  @Test
  void patternsEscapeTheirOwnWildcards() {
    assertThat(SearchTerms.pattern("50%")).isEqualTo("%50!%%");
    assertThat(SearchTerms.pattern("a_b")).isEqualTo("%a!_b%");
    assertThat(SearchTerms.pattern("wow!")).isEqualTo("%wow!!%");
  }
}
