package org.saferpartnerships.consultation.text;

/**
 * Which coded answers are held back to measure the suggestions rather than to train them: a fixed
 * fifth, chosen by a hash of the answer's id, so that the same answers are held back every time and
 * the figures of two trainings can be compared.
 */
public final class HeldBack {

  /** The share held back, in hundredths. */
  public static final int PERCENT = 20;

  private HeldBack() {}

  public static boolean isHeldBack(long answerId) {
    // SplitMix64's finaliser: neighbouring ids land far apart
    long z = answerId + 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    z = z ^ (z >>> 31);
    return Math.floorMod(z, 100) < PERCENT;
  }
}
