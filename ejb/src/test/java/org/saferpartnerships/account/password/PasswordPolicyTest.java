package org.saferpartnerships.account.password;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.saferpartnerships.platform.errors.ServiceException;

/**
 * The password rules of OWASP ASVS 4.0 section 2.1: length at least 12 (2.1.1) and up to 128
 * (2.1.2), any characters including spaces and Welsh letters (2.1.4), no rules of composition
 * (2.1.9), and a check against passwords known from breaches (2.1.7).
 */
class PasswordPolicyTest {

  private final PasswordPolicy policy = new PasswordPolicy(12);
  private static final List<String> CORA = List.of("cora@example.invalid", "Cora Jones");

  private Optional<String> refusal(String password) {
    return policy.refusal(password, CORA).map(ServiceException::key);
  }

  @Test
  void elevenCharactersAreTooFewAndTwelveUnguessableOnesAreEnough() {
    assertThat(refusal("Qz7!vB2#kL9")).contains("password.tooShort");
    assertThat(refusal("Qz7!vB2#kL9m")).isEmpty();
  }

  @Test
  void aLongerMinimumMayBeConfiguredButNeverAShorterOne() {
    assertThat(new PasswordPolicy(16).refusal("Qz7!vB2#kL9m", List.of())).isPresent();
    assertThat(new PasswordPolicy(8).refusal("Qz7!vB2#kL9", List.of()).map(ServiceException::key))
        .contains("password.tooShort");
  }

  @Test
  void moreThan128CharactersAreRefusedAnd128Taken() {
    String words = "lantern orchard kettle harbour ";
    String long128 = words.repeat(5).substring(0, 128);
    assertThat(refusal(long128)).isEmpty();
    assertThat(refusal(long128 + "x")).contains("password.tooLong");
  }

  @ParameterizedTest
  @ValueSource(strings = {"password1234", "123456789012", "qwertyuiop123", "iloveyou1234"})
  void passwordsFromBreachListsOrTheirPatternsAreRefused(String password) {
    assertThat(refusal(password)).isPresent();
  }

  @Test
  void theWholeOfACommonPasswordIsNamedAsSuch() {
    assertThat(refusal("1qaz2wsx3edc")).contains("password.common");
    assertThat(refusal("passwordpassword")).contains("password.guessable");
  }

  @Test
  void thePersonsOwnNameOrAddressIsRefused() {
    assertThat(refusal("cora jones 2026!")).contains("password.personal");
  }

  @Test
  void spacesWelshLettersAndNoSymbolsAreAllowed() {
    assertThat(refusal("Mill pond lantern 47 orchard")).isEmpty();
    assertThat(refusal("ŵyn yn y dŵr ger y bont")).isEmpty();
    assertThat(refusal("correct horse battery staple")).isEmpty();
  }
}
