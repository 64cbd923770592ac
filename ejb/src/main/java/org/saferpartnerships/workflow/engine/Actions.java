package org.saferpartnerships.workflow.engine;

import java.util.List;

/** Names of the actions workflows share; a workflow may add its own. */
public final class Actions {

  public static final String CLAIM = "CLAIM";
  public static final String RELEASE = "RELEASE";
  public static final String REASSIGN = "REASSIGN";
  public static final String RETURN = "RETURN";
  public static final String RESUBMIT = "RESUBMIT";
  public static final String NOTE = "NOTE";
  public static final String ATTACH = "ATTACH";
  public static final String PAUSE = "PAUSE";
  public static final String RESUME = "RESUME";
  public static final String CANCEL = "CANCEL";

  /** Every action name known to any workflow, in the order pages list them. */
  public static final List<String> ALL =
      List.of(
          CLAIM,
          "COMPLETE",
          "ACCEPT",
          "DECLINE",
          "HEAR",
          "UPHOLD",
          "NOT_UPHOLD",
          "PROVIDE",
          "REFUSE",
          REASSIGN,
          RELEASE,
          RETURN,
          RESUBMIT,
          NOTE,
          ATTACH,
          PAUSE,
          RESUME,
          CANCEL);

  private Actions() {}
}
