package org.saferpartnerships.api;

import org.saferpartnerships.platform.errors.ServiceException;

/** A request body larger than the address accepts; answered 413 before more of it is read. */
public class PayloadTooLargeException extends ServiceException {

  private static final long serialVersionUID = 1L;

  public PayloadTooLargeException(long limit) {
    super("body.tooLarge", limit);
  }
}
