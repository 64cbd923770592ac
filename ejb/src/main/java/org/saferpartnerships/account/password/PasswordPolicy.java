package org.saferpartnerships.account.password;

import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import com.nulabinc.zxcvbn.matchers.Match;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.saferpartnerships.platform.errors.ServiceException;

/**
 * What a new password must be, as OWASP ASVS 4.0 (2.1) and NCSC guidance ask: at least 12
 * characters (configurable upwards) and at most 128, any characters, no rules of composition; not
 * one of the passwords most used or found in breaches (zxcvbn's lists, offline); not made of the
 * person's own name, username or e-mail address; and not so patterned that it would be guessed
 * quickly (zxcvbn's estimate below 10^8 guesses).
 */
public final class PasswordPolicy {

  public static final int DEFAULT_MIN_LENGTH = 12;
  public static final int MAX_LENGTH = 128;
  private static final int GOOD_ENOUGH_SCORE = 3;
  private static final Zxcvbn ZXCVBN = new Zxcvbn();

  private final int minLength;

  public PasswordPolicy(int minLength) {
    this.minLength = Math.max(DEFAULT_MIN_LENGTH, minLength);
  }

  /** The reason a password is refused, as a service refusal to throw; empty if it may be used. */
  public Optional<ServiceException> refusal(String password, List<String> personal) {
    if (password == null || password.codePointCount(0, password.length()) < minLength) {
      return Optional.of(new ServiceException("password.tooShort", minLength));
    }
    if (password.codePointCount(0, password.length()) > MAX_LENGTH) {
      return Optional.of(new ServiceException("password.tooLong", MAX_LENGTH));
    }
    List<String> inputs =
        personal.stream()
            .filter(Objects::nonNull)
            .flatMap(
                text -> java.util.Arrays.stream(text.toLowerCase(Locale.ROOT).split("[@.\\s_-]+")))
            .filter(part -> part.length() >= 3)
            .distinct()
            .toList();
    Strength strength = measure(password, inputs);
    List<Match> sequence = strength.getSequence();
    boolean whole =
        sequence.size() == 1
            && "passwords".equals(sequence.get(0).dictionaryName)
            && sequence.get(0).token.length() == password.length();
    if (whole) {
      return Optional.of(new ServiceException("password.common"));
    }
    boolean personalPart =
        sequence.stream()
            .anyMatch(m -> "user_inputs".equals(m.dictionaryName) && m.token.length() >= 4);
    if (personalPart) {
      return Optional.of(new ServiceException("password.personal"));
    }
    if (strength.getScore() < GOOD_ENOUGH_SCORE) {
      return Optional.of(new ServiceException("password.guessable"));
    }
    return Optional.empty();
  }

  private static synchronized Strength measure(String password, List<String> inputs) {
    return ZXCVBN.measure(password, inputs);
  }
}
