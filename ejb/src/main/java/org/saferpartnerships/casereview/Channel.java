package org.saferpartnerships.casereview;

/** How the application arrived: online through the public form, or recorded by staff. */
public enum Channel {
  ONLINE,
  PHONE,
  LETTER,
  EMAIL,
  IN_PERSON
}
