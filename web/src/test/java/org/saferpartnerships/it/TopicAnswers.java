package org.saferpartnerships.it;

import java.util.ArrayList;
import java.util.List;

/**
 * Written answers on two subjects, street lighting and loud music, each worded in five ways, for
 * the tests of theme discovery and suggestions: what a consultation's uncoded answers look like
 * when two concerns dominate.
 */
final class TopicAnswers {

  private static final String[] LIGHTING = {
    "The street lighting is broken and the lamps stay dark.",
    "Broken street lighting leaves the estate dark at night.",
    "The street lighting near the park has been dark for weeks.",
    "Please repair the street lighting on Mill Lane, it is too dark to walk home.",
    "With no street lighting the alley is dark and people feel unsafe."
  };

  private static final String[] MUSIC = {
    "Loud music from parties keeps everyone awake.",
    "Parties next door with loud music every weekend.",
    "Loud music and parties go on until dawn.",
    "The flat upstairs plays loud music at all hours.",
    "Nobody acts on the loud music from the pub garden."
  };

  private TopicAnswers() {}

  /** {@code each} answers on each subject, alternating: lighting at even places, music at odd. */
  static List<String> lightingAndMusic(int each) {
    List<String> answers = new ArrayList<>();
    for (int i = 0; i < each; i++) {
      answers.add(LIGHTING[i % LIGHTING.length]);
      answers.add(MUSIC[i % MUSIC.length]);
    }
    return answers;
  }
}
