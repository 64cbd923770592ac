package org.saferpartnerships.workflow.engine;

/**
 * The shape most work takes: an item is routed to a body ({@link #ROUTED}) and picked up there
 * ({@link #IN_PROGRESS}) by the rows every holder has (claim, reassign, release). A subclass names
 * its type, its SLA policy and whether people send it by hand, then adds its own states and rows.
 */
public abstract class RoutedWorkflow extends Workflow {

  public static final String ROUTED = "ROUTED";
  public static final String IN_PROGRESS = "IN_PROGRESS";
  public static final String ACCEPT = "ACCEPT";
  public static final String DECLINE = "DECLINE";

  private final String type;
  private final String slaPolicyCode;
  private final boolean openedByHand;

  protected RoutedWorkflow(String type, String slaPolicyCode, boolean openedByHand) {
    this.type = type;
    this.slaPolicyCode = slaPolicyCode;
    this.openedByHand = openedByHand;
    state(ROUTED);
    state(IN_PROGRESS);
  }

  /** Adds the pick-up rows once the subclass has declared its other states. */
  protected void pickUpRows() {
    pickUpRows(ROUTED, IN_PROGRESS);
  }

  /**
   * The rows of an answer to a recommendation: its holder accepts it, saying what it will do, or
   * declines it, giving its reasons (a body must have regard to a recommendation, so either answer
   * carries its words).
   */
  protected void answerRows(String accepted, String declined) {
    on(ACCEPT)
        .from(ROUTED, IN_PROGRESS)
        .to(accepted)
        .by(Party.HOLDER)
        .requires(Requirement.REASON)
        .add();
    on(DECLINE)
        .from(ROUTED, IN_PROGRESS)
        .to(declined)
        .by(Party.HOLDER)
        .requires(Requirement.REASON)
        .add();
  }

  @Override
  public String type() {
    return type;
  }

  @Override
  public String initialState() {
    return ROUTED;
  }

  @Override
  public String slaPolicyCode() {
    return slaPolicyCode;
  }

  @Override
  public boolean openedByHand() {
    return openedByHand;
  }
}
