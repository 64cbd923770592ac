package org.saferpartnerships.submission.review;

import java.io.Serializable;
import java.time.LocalDate;

/** A recommendation of a review with where its work item has got and the partnership's response. */
public record RecommendationView(
    long id,
    int seq,
    String text,
    LocalDate dueOn,
    LocalDate madeOn,
    long workItemId,
    String itemState,
    boolean viewable,
    RecommendationOutcome response,
    String responseText,
    LocalDate respondedOn,
    String respondedBy)
    implements Serializable {

  public String itemReference() {
    return String.format("WI-%06d", workItemId);
  }

  public boolean open() {
    return response == null;
  }
}
