package org.saferpartnerships.consultation.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Set;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Tells answers written in Welsh, with Apache OpenNLP's language detector (its model of 103
 * languages, Welsh among them). The model is read once, on first use. An answer is Welsh when the
 * detector's likeliest language is Welsh; answers too short to tell (under {@link #MIN_LETTERS}
 * letters) are not judged, and answers with none of the commonest Welsh words are not sent to the
 * detector at all, which keeps an import of many English answers fast.
 */
public final class WelshDetector {

  /** ISO 639-3 code of Welsh, as the detector names it. */
  public static final String WELSH = "cym";

  /** The fewest letters the detector is asked about. */
  public static final int MIN_LETTERS = 12;

  private static final Set<String> COMMON_WELSH_WORDS =
      Set.of(
          "yn",
          "yr",
          "mae",
          "ddim",
          "gyda",
          "ond",
          "eu",
          "ei",
          "hyn",
          "bod",
          "wedi",
          "oedd",
          "fod",
          "ac",
          "nid",
          "nad",
          "ni",
          "dim",
          "ar",
          "gan",
          "fy",
          "eich",
          "ein",
          "hefyd",
          "iawn",
          "pan",
          "mwy",
          "rhaid",
          "gwasanaeth",
          "diolch",
          "roedd",
          "dydy",
          "dw",
          "rwy");

  private static final int LONGEST_COMMON_WORD =
      COMMON_WELSH_WORDS.stream().mapToInt(String::length).max().orElse(0);

  private WelshDetector() {}

  private static final class Model {
    private static final LanguageDetectorME DETECTOR = load();

    private static LanguageDetectorME load() {
      try (InputStream in = WelshDetector.class.getResourceAsStream("/langdetect-183.bin")) {
        if (in == null) {
          throw new IllegalStateException("the OpenNLP language model is not on the class path");
        }
        return new LanguageDetectorME(new LanguageDetectorModel(in));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  public static boolean isWelsh(String text) {
    if (text == null) {
      return false;
    }
    int letters = 0;
    for (int i = 0; i < text.length(); i++) {
      if (Character.isLetter(text.charAt(i))) {
        letters++;
      }
    }
    if (letters < MIN_LETTERS || !hasCommonWelshWord(text)) {
      return false;
    }
    Language likeliest;
    synchronized (Model.DETECTOR) {
      likeliest = Model.DETECTOR.predictLanguage(text);
    }
    return WELSH.equals(likeliest.getLang());
  }

  /**
   * Whether any word of the text is one of the commonest Welsh words; a scan of the letters, not a
   * split of the whole text, as it runs for every answer an import stores.
   */
  private static boolean hasCommonWelshWord(String text) {
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean letter = i < text.length() && Character.isLetter(text.charAt(i));
      if (letter && start < 0) {
        start = i;
      } else if (!letter && start >= 0) {
        if (i - start <= LONGEST_COMMON_WORD
            && COMMON_WELSH_WORDS.contains(text.substring(start, i).toLowerCase(Locale.ROOT))) {
          return true;
        }
        start = -1;
      }
    }
    return false;
  }
}
