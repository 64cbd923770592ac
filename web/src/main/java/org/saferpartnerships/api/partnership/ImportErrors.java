package org.saferpartnerships.api.partnership;

import java.util.List;

/** Why a lookup file was rejected: every problem with its line (null for the file as a whole). */
public record ImportErrors(List<ImportError> errors) {

  /** One problem; line 1 is the header. */
  public record ImportError(Integer line, String message) {}
}
