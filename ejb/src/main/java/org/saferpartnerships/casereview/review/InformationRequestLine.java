package org.saferpartnerships.casereview.review;

import org.saferpartnerships.workflow.items.ItemProgress;
import org.saferpartnerships.workflow.routing.TargetBody;

/** An information request on the case page: to which body, and where its work item has got. */
public record InformationRequestLine(
    TargetBody targetBody,
    long workItemId,
    String itemReference,
    String itemState,
    boolean open,
    String holderName,
    String holderNameCy)
    implements java.io.Serializable {

  public static InformationRequestLine of(CaseInformationRequest request, ItemProgress item) {
    return new InformationRequestLine(
        request.getTargetBody(),
        request.getWorkItemId(),
        item == null ? null : item.reference(),
        item == null ? null : item.state(),
        item != null && item.active(),
        item == null ? null : item.holderName(),
        item == null ? null : item.holderNameCy());
  }
}
