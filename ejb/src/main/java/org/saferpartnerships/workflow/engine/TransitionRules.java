package org.saferpartnerships.workflow.engine;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.saferpartnerships.platform.errors.ServiceException;

/**
 * Applies a workflow's table to one item and one caller: which actions they may take now, and
 * whether the one they asked for is allowed. Pure, so that every illegal transition is unit-tested;
 * the service adds what needs the database (the assignee belongs to the holding organisation).
 */
public final class TransitionRules {

  private TransitionRules() {}

  /** The row the caller may take, or a refusal saying why not. */
  public static Transition authorise(
      Workflow workflow, ItemFacts item, Set<Party> caller, String action, ActionInput input) {
    if (workflow.isFinal(item.state())) {
      throw new ServiceException("workflow.closed", item.state());
    }
    Transition row =
        workflow
            .find(item.state(), action)
            .orElseThrow(
                () -> new ServiceException("workflow.actionNotAllowed", action, item.state()));
    if (Collections.disjoint(row.parties(), caller)) {
      throw new ServiceException("workflow.notYourAction", action);
    }
    for (Requirement requirement : row.requirements()) {
      check(requirement, item, input);
    }
    return row;
  }

  /** The actions the caller could take now, in table order (inputs such as a reason aside). */
  public static List<Transition> available(Workflow workflow, ItemFacts item, Set<Party> caller) {
    if (workflow.isFinal(item.state())) {
      return List.of();
    }
    return workflow.from(item.state()).stream()
        .filter(row -> !Collections.disjoint(row.parties(), caller))
        .filter(row -> row.requirements().stream().allMatch(r -> holds(r, item)))
        .toList();
  }

  private static boolean holds(Requirement requirement, ItemFacts item) {
    return switch (requirement) {
      case UNASSIGNED -> item.assigneeId() == null;
      case RUNNING -> !item.paused();
      case PAUSED -> item.paused();
      case REASON, OUTCOME, ASSIGNEE -> true;
    };
  }

  private static void check(Requirement requirement, ItemFacts item, ActionInput input) {
    switch (requirement) {
      case REASON -> {
        if (input == null || input.reasonText() == null) {
          throw new ServiceException("workflow.reasonRequired");
        }
      }
      case OUTCOME -> {
        if (input == null || input.reasonText() == null) {
          throw new ServiceException("workflow.outcomeRequired");
        }
      }
      case ASSIGNEE -> {
        if (input == null || input.assigneeId() == null) {
          throw new ServiceException("workflow.assigneeRequired");
        }
      }
      case UNASSIGNED -> {
        if (item.assigneeId() != null) {
          throw new ServiceException("workflow.alreadyClaimed");
        }
      }
      case RUNNING -> {
        if (item.paused()) {
          throw new ServiceException("workflow.alreadyPaused");
        }
      }
      case PAUSED -> {
        if (!item.paused()) {
          throw new ServiceException("workflow.notPaused");
        }
      }
    }
  }
}
