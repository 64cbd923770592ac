package org.saferpartnerships.consultation.coding;

/**
 * Agreement between two coders on one theme over the answers both coded: how many answers each gave
 * it, and Cohen's kappa, the agreement beyond what chance would give, (po - pe) / (1 - pe), where
 * po is the share of answers on which they agree and pe the share expected from each coder's own
 * rate. Kappa is undefined (null) when chance alone would make them agree on every answer (both
 * gave the theme to all answers, or to none).
 */
public record Agreement(int both, int onlyFirst, int onlySecond, int neither) {

  public Agreement {
    if (both < 0 || onlyFirst < 0 || onlySecond < 0 || neither < 0) {
      throw new IllegalArgumentException("counts cannot be negative");
    }
  }

  public int answers() {
    return both + onlyFirst + onlySecond + neither;
  }

  /** The share of answers on which the two agree, or null with no answers. */
  public Double observed() {
    int n = answers();
    return n == 0 ? null : (double) (both + neither) / n;
  }

  public Double kappa() {
    int n = answers();
    if (n == 0) {
      return null;
    }
    double po = (double) (both + neither) / n;
    double firstYes = (double) (both + onlyFirst) / n;
    double secondYes = (double) (both + onlySecond) / n;
    double pe = firstYes * secondYes + (1 - firstYes) * (1 - secondYes);
    if (pe >= 1.0) {
      return null;
    }
    return (po - pe) / (1 - pe);
  }

  /** The usual reading of a kappa (Landis and Koch, 1977), as a message key suffix. */
  public String strength() {
    Double k = kappa();
    if (k == null) {
      return "undefined";
    }
    if (k < 0) {
      return "poor";
    }
    if (k <= 0.20) {
      return "slight";
    }
    if (k <= 0.40) {
      return "fair";
    }
    if (k <= 0.60) {
      return "moderate";
    }
    if (k <= 0.80) {
      return "substantial";
    }
    return "almostPerfect";
  }
}
