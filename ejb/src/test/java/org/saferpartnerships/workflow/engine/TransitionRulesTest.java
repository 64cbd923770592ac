package org.saferpartnerships.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.saferpartnerships.casereview.review.InformationRequestWorkflow;
import org.saferpartnerships.casereview.review.RecommendationWorkflow;
import org.saferpartnerships.platform.errors.ServiceException;

/**
 * Walks each workflow's transition table: every action from every state by every party either is a
 * row of the table (and is allowed, given its inputs) or is refused with a reason.
 */
class TransitionRulesTest {

  private static final ActionInput FULL = new ActionInput("a note", "a reason", 42L, 0L);

  static Stream<Workflow> workflows() {
    return Stream.of(
        new ActionRequestWorkflow(),
        new InformationRequestWorkflow(),
        new RecommendationWorkflow());
  }

  @ParameterizedTest
  @MethodSource("workflows")
  void everyStateActionAndPartyIsEitherARowOrRefused(Workflow workflow) {
    List<String> checked = new ArrayList<>();
    for (String state : workflow.states()) {
      for (String action : allActions()) {
        for (Party party : Party.values()) {
          for (boolean paused : new boolean[] {false, true}) {
            ItemFacts item = new ItemFacts(state, paused, null);
            var row = workflow.find(state, action);
            boolean allowed =
                !workflow.isFinal(state)
                    && row.isPresent()
                    && row.get().parties().contains(party)
                    && !(paused && row.get().requirements().contains(Requirement.RUNNING))
                    && !(!paused && row.get().requirements().contains(Requirement.PAUSED));
            if (allowed) {
              assertThat(TransitionRules.authorise(workflow, item, Set.of(party), action, FULL))
                  .isEqualTo(row.get());
            } else {
              assertThatThrownBy(
                      () -> TransitionRules.authorise(workflow, item, Set.of(party), action, FULL))
                  .as("%s %s by %s (paused %s)", state, action, party, paused)
                  .isInstanceOf(ServiceException.class);
            }
            checked.add(state + action + party + paused);
          }
        }
      }
    }
    assertThat(checked).hasSize(workflow.states().size() * allActions().size() * 4 * 2);
  }

  @ParameterizedTest
  @MethodSource("workflows")
  void finalStatesAllowNothingAndOpenStatesCanAlwaysReachOne(Workflow workflow) {
    for (String state : workflow.finalStates()) {
      assertThat(workflow.from(state)).isEmpty();
      assertThat(
              TransitionRules.available(
                  workflow, new ItemFacts(state, false, null), EnumSet.allOf(Party.class)))
          .isEmpty();
    }
    for (String state : workflow.states()) {
      if (!workflow.isFinal(state)) {
        assertThat(workflow.from(state))
            .as("a way on from %s", state)
            .anyMatch(row -> row.changesState());
      }
    }
  }

  @Test
  void claimingNeedsAnUnclaimedItemAndAHolder() {
    Workflow workflow = new ActionRequestWorkflow();
    ItemFacts claimed = new ItemFacts(ActionRequestWorkflow.ROUTED, false, 7L);

    assertThatThrownBy(
            () ->
                TransitionRules.authorise(
                    workflow, claimed, Set.of(Party.HOLDER), Actions.CLAIM, FULL))
        .isInstanceOf(ServiceException.class)
        .extracting(e -> ((ServiceException) e).key())
        .isEqualTo("workflow.alreadyClaimed");
    ItemFacts free = new ItemFacts(ActionRequestWorkflow.ROUTED, false, null);
    assertThatThrownBy(
            () ->
                TransitionRules.authorise(
                    workflow, free, Set.of(Party.SENDER), Actions.CLAIM, FULL))
        .extracting(e -> ((ServiceException) e).key())
        .isEqualTo("workflow.notYourAction");
  }

  @Test
  void returningPausingRefusingAndCancellingNeedAReason() {
    ActionInput none = ActionInput.of(0L);
    ActionInput blank = new ActionInput(null, "   ", null, 0L);
    Workflow actions = new ActionRequestWorkflow();
    Workflow information = new InformationRequestWorkflow();
    ItemFacts inProgress = new ItemFacts("IN_PROGRESS", false, 1L);
    for (var call :
        List.<Runnable>of(
            () ->
                TransitionRules.authorise(
                    actions, inProgress, Set.of(Party.HOLDER), Actions.RETURN, none),
            () ->
                TransitionRules.authorise(
                    actions, inProgress, Set.of(Party.COORDINATOR), Actions.PAUSE, blank),
            () ->
                TransitionRules.authorise(
                    actions, inProgress, Set.of(Party.COORDINATOR), Actions.CANCEL, none),
            () ->
                TransitionRules.authorise(
                    information,
                    inProgress,
                    Set.of(Party.ASSIGNEE),
                    InformationRequestWorkflow.REFUSE,
                    none))) {
      assertThatThrownBy(call::run)
          .extracting(e -> ((ServiceException) e).key())
          .isEqualTo("workflow.reasonRequired");
    }
  }

  @Test
  void reassigningNeedsAColleagueAndResumingNeedsAPause() {
    Workflow workflow = new ActionRequestWorkflow();
    ItemFacts running = new ItemFacts("IN_PROGRESS", false, 1L);
    assertThatThrownBy(
            () ->
                TransitionRules.authorise(
                    workflow, running, Set.of(Party.HOLDER), Actions.REASSIGN, ActionInput.of(0L)))
        .extracting(e -> ((ServiceException) e).key())
        .isEqualTo("workflow.assigneeRequired");
    assertThatThrownBy(
            () ->
                TransitionRules.authorise(
                    workflow, running, Set.of(Party.COORDINATOR), Actions.RESUME, FULL))
        .extracting(e -> ((ServiceException) e).key())
        .isEqualTo("workflow.notPaused");
  }

  @Test
  void whatACallerMayDoDependsOnWhoTheyAre() {
    Workflow workflow = new ActionRequestWorkflow();
    ItemFacts routed = new ItemFacts(ActionRequestWorkflow.ROUTED, false, null);
    assertThat(names(TransitionRules.available(workflow, routed, Set.of(Party.HOLDER))))
        .containsExactly("CLAIM", "REASSIGN", "RETURN", "NOTE", "ATTACH");
    assertThat(names(TransitionRules.available(workflow, routed, Set.of(Party.COORDINATOR))))
        .containsExactly("CANCEL", "NOTE", "ATTACH", "PAUSE");
    ItemFacts mine = new ItemFacts(ActionRequestWorkflow.IN_PROGRESS, true, 5L);
    assertThat(names(TransitionRules.available(workflow, mine, Set.of(Party.ASSIGNEE))))
        .containsExactly("RELEASE", "COMPLETE");
  }

  @Test
  void aTableCannotNameAStateItDoesNotDeclareOrHaveTwoRowsForOneAction() {
    assertThatThrownBy(
            () ->
                new Workflow() {
                  {
                    state("A");
                    on("GO").from("A").to("B").by(Party.HOLDER).add();
                  }

                  @Override
                  public String type() {
                    return "T";
                  }

                  @Override
                  public String initialState() {
                    return "A";
                  }

                  @Override
                  public String slaPolicyCode() {
                    return "T";
                  }
                })
        .isInstanceOf(IllegalStateException.class);
  }

  private static List<String> allActions() {
    List<String> all = new ArrayList<>(Actions.ALL);
    all.add("FLY_TO_THE_MOON");
    return all;
  }

  private static List<String> names(List<Transition> rows) {
    return rows.stream().map(Transition::action).toList();
  }
}
