package org.saferpartnerships.casereview.review;

import java.time.LocalDate;
import org.saferpartnerships.workflow.items.ItemProgress;
import org.saferpartnerships.workflow.routing.TargetBody;

/** A recommendation on the case page: what, to whom, by when, and the body's response so far. */
public record RecommendationLine(
    int seq,
    TargetBody targetBody,
    String text,
    LocalDate dueOn,
    long workItemId,
    String itemReference,
    String itemState,
    String holderName,
    String holderNameCy,
    RecommendationResponse response,
    String responseText,
    LocalDate respondedOn,
    String respondedBy,
    LocalDate completedOn)
    implements java.io.Serializable {

  public static RecommendationLine of(CaseRecommendation r, ItemProgress item) {
    return new RecommendationLine(
        r.getSeq(),
        r.getTargetBody(),
        r.getText(),
        r.getDueOn(),
        r.getWorkItemId(),
        item == null ? null : item.reference(),
        item == null ? null : item.state(),
        item == null ? null : item.holderName(),
        item == null ? null : item.holderNameCy(),
        r.getResponse(),
        r.getResponseText(),
        r.getRespondedOn(),
        r.getRespondedBy(),
        r.getCompletedOn());
  }
}
