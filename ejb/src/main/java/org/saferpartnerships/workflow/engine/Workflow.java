package org.saferpartnerships.workflow.engine;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The state machine of one item type: its states, the SLA policy its items start under, and an
 * explicit transition table the engine enforces, the diagram page draws and the tests walk. An
 * action not in the table for the item's state is refused; so is one by a party the row does not
 * name. Subclasses build their table once, in the constructor.
 */
public abstract class Workflow {

  private final List<Transition> transitions = new ArrayList<>();
  private final Set<String> states = new LinkedHashSet<>();
  private final Set<String> finalStates = new LinkedHashSet<>();

  /** The item type this workflow governs, as stored in work_item.item_type. */
  public abstract String type();

  /** The state a new (or re-routed) item is in. */
  public abstract String initialState();

  /** The code of the SLA policy whose current revision new items start under. */
  public abstract String slaPolicyCode();

  /**
   * Whether people send items of this type by hand; false for items another context opens for its
   * own records (a case review's recommendations).
   */
  public boolean openedByHand() {
    return true;
  }

  public List<String> states() {
    return List.copyOf(states);
  }

  public Set<String> finalStates() {
    return Set.copyOf(finalStates);
  }

  public boolean isFinal(String state) {
    return finalStates.contains(state);
  }

  public List<Transition> transitions() {
    return List.copyOf(transitions);
  }

  /** The rows that start from this state, in table order. */
  public List<Transition> from(String state) {
    return transitions.stream().filter(row -> row.from().equals(state)).toList();
  }

  public Optional<Transition> find(String state, String action) {
    return transitions.stream()
        .filter(row -> row.from().equals(state) && row.action().equals(action))
        .findFirst();
  }

  /** Every action name this workflow uses. */
  public Set<String> actions() {
    Set<String> names = new LinkedHashSet<>();
    transitions.forEach(row -> names.add(row.action()));
    return names;
  }

  protected void state(String name) {
    states.add(name);
  }

  protected void finalState(String name) {
    states.add(name);
    finalStates.add(name);
  }

  /** Starts a row: {@code on(ACTION).from(A, B).to(C).by(...).requires(...).then(...)}. */
  protected Row on(String action) {
    return new Row(action);
  }

  /**
   * The rows by which a holding organisation picks an item up: claim it (nobody holds it yet),
   * assign it to a colleague, or put it back in the queue (the assignee).
   */
  protected void pickUpRows(String waiting, String inProgress) {
    on(Actions.CLAIM)
        .from(waiting)
        .to(inProgress)
        .by(Party.HOLDER)
        .requires(Requirement.UNASSIGNED)
        .then(Effect.ASSIGN_CALLER)
        .add();
    on(Actions.REASSIGN)
        .from(waiting, inProgress)
        .to(inProgress)
        .by(Party.HOLDER)
        .requires(Requirement.ASSIGNEE)
        .then(Effect.ASSIGN_CHOSEN)
        .add();
    on(Actions.RELEASE).from(inProgress).to(waiting).by(Party.ASSIGNEE).then(Effect.UNASSIGN).add();
  }

  /**
   * The rows every routed item has in each open state: notes and attachments by anyone involved,
   * pause and resume by the CSP's coordinator.
   */
  protected void sharedRows(String... openStates) {
    on(Actions.NOTE)
        .from(openStates)
        .stay()
        .by(Party.HOLDER, Party.COORDINATOR, Party.SENDER)
        .add();
    on(Actions.ATTACH)
        .from(openStates)
        .stay()
        .by(Party.HOLDER, Party.COORDINATOR, Party.SENDER)
        .add();
    on(Actions.PAUSE)
        .from(openStates)
        .stay()
        .by(Party.COORDINATOR)
        .requires(Requirement.RUNNING, Requirement.REASON)
        .then(Effect.PAUSE_CLOCK)
        .add();
    on(Actions.RESUME)
        .from(openStates)
        .stay()
        .by(Party.COORDINATOR)
        .requires(Requirement.PAUSED)
        .then(Effect.RESUME_CLOCK)
        .add();
  }

  /**
   * The rows of an item one organisation asks of another (a request, a recommendation): notes and
   * attachments by either, and the sender alone may stop and restart the clock (more time).
   */
  protected void requestRows(String... openStates) {
    on(Actions.NOTE).from(openStates).stay().by(Party.HOLDER, Party.SENDER).add();
    on(Actions.ATTACH).from(openStates).stay().by(Party.HOLDER, Party.SENDER).add();
    on(Actions.PAUSE)
        .from(openStates)
        .stay()
        .by(Party.SENDER)
        .requires(Requirement.RUNNING, Requirement.REASON)
        .then(Effect.PAUSE_CLOCK)
        .add();
    on(Actions.RESUME)
        .from(openStates)
        .stay()
        .by(Party.SENDER)
        .requires(Requirement.PAUSED)
        .then(Effect.RESUME_CLOCK)
        .add();
  }

  /** Builds one or more rows (one per from-state) of the table. */
  protected class Row {
    private final String action;
    private String[] fromStates = new String[0];
    private String to;
    private final Set<Party> parties = EnumSet.noneOf(Party.class);
    private final Set<Requirement> requirements = EnumSet.noneOf(Requirement.class);
    private final Set<Effect> effects = EnumSet.noneOf(Effect.class);

    private Row(String action) {
      this.action = action;
    }

    public Row from(String... states) {
      this.fromStates = states;
      return this;
    }

    public Row to(String state) {
      this.to = state;
      return this;
    }

    public Row stay() {
      this.to = null;
      return this;
    }

    public Row by(Party... who) {
      parties.addAll(List.of(who));
      return this;
    }

    public Row requires(Requirement... what) {
      requirements.addAll(List.of(what));
      return this;
    }

    public Row then(Effect... what) {
      effects.addAll(List.of(what));
      return this;
    }

    public void add() {
      if (parties.isEmpty() || fromStates.length == 0) {
        throw new IllegalStateException("row " + action + " needs states and parties");
      }
      for (String from : fromStates) {
        if (!states.contains(from) || (to != null && !states.contains(to))) {
          throw new IllegalStateException("row " + action + " names an undeclared state");
        }
        if (find(from, action).isPresent()) {
          throw new IllegalStateException("two rows for " + action + " from " + from);
        }
        transitions.add(
            new Transition(from, action, to == null ? from : to, parties, requirements, effects));
      }
    }
  }
}
