package org.saferpartnerships.consultation.coding;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * An analyst's coding of an answer: the themes (none: nothing in the codebook fits), each with an
 * optional passage quoted from the answer, a note, and the version of their earlier coding if they
 * are changing it.
 */
public record CodingRequest(
    @Valid @Size(max = 50) List<@NotNull ThemeGiven> themes,
    @Size(max = 2000) String note,
    Long expectedVersion) {

  public CodingRequest {
    themes = themes == null ? List.of() : List.copyOf(themes);
  }

  /** A theme and the passage that can be quoted. */
  public record ThemeGiven(long themeId, @Size(max = 1000) String passage) {}
}
