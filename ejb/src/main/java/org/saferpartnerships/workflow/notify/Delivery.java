package org.saferpartnerships.workflow.notify;

/** How a person wants a kind of notice by e-mail; every notice is in their inbox regardless. */
public enum Delivery {
  /** An e-mail for each notice, as it happens (the default). */
  EMAIL,
  /** One e-mail a day listing the notices of the day before. */
  DIGEST,
  /** No e-mail. */
  NONE
}
