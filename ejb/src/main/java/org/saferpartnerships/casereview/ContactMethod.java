package org.saferpartnerships.casereview;

/** How the applicant wants letters: by e-mail, by post, or read to them by phone. */
public enum ContactMethod {
  EMAIL,
  POST,
  PHONE
}
