package org.saferpartnerships.workflow.engine;

import java.util.Set;

/**
 * One row of a workflow's transition table: from a state, an action, by whom, on what condition, to
 * which state (the same state when {@code to} equals {@code from}), with what effects.
 */
public record Transition(
    String from,
    String action,
    String to,
    Set<Party> parties,
    Set<Requirement> requirements,
    Set<Effect> effects)
    implements java.io.Serializable {

  public Transition {
    parties = Set.copyOf(parties);
    requirements = Set.copyOf(requirements);
    effects = Set.copyOf(effects);
  }

  public boolean changesState() {
    return !from.equals(to);
  }
}
