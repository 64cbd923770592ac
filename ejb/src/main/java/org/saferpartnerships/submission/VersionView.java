package org.saferpartnerships.submission;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A version of a submission as the CSP wrote (and, once submitted, sent) it. */
public record VersionView(
    long id,
    int number,
    LocalDate periodFrom,
    LocalDate periodTo,
    String summary,
    List<String> priorities,
    List<String> measures,
    Instant submittedAt,
    String submittedBy,
    List<DocumentView> documents)
    implements Serializable {

  public VersionView {
    priorities = List.copyOf(priorities);
    measures = List.copyOf(measures);
    documents = List.copyOf(documents);
  }

  public boolean submitted() {
    return submittedAt != null;
  }
}
