package org.saferpartnerships.workflow.sla;

/** What one scheduler pass (or one batch of it) did. */
public record PassResult(int examined, int warned, int escalated) {

  public static final PassResult NONE = new PassResult(0, 0, 0);

  public PassResult plus(PassResult other) {
    return new PassResult(
        examined + other.examined, warned + other.warned, escalated + other.escalated);
  }
}
