package org.saferpartnerships.submission.review;

/** A reviewer's finding on one item of the checklist. */
public enum CheckAnswer {
  MET,
  PARTLY_MET,
  NOT_MET,
  NOT_APPLICABLE
}
