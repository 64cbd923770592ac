package org.saferpartnerships.workflow.engine;

import jakarta.validation.constraints.Size;

/**
 * What a caller sends with an action: a note, a reason (required by some rows), a colleague to
 * assign, and the version of the item they read (a stale version is refused).
 */
public record ActionInput(
    @Size(max = 4000, message = "{workItem.note.size}") String note,
    @Size(max = 500, message = "{workItem.reason.size}") String reason,
    Long assigneeId,
    Long version) {

  public static ActionInput of(Long version) {
    return new ActionInput(null, null, null, version);
  }

  public String reasonText() {
    return reason == null || reason.isBlank() ? null : reason.strip();
  }

  public String noteText() {
    return note == null || note.isBlank() ? null : note.strip();
  }
}
