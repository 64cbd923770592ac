package org.saferpartnerships.api;

import org.saferpartnerships.platform.ServiceException;

/** A query or form parameter the API cannot accept, or one missing; answered 400. */
public class InvalidParameterException extends ServiceException {

  private static final long serialVersionUID = 1L;

  public InvalidParameterException(String parameter, Object value) {
    super("param.invalid", parameter, String.valueOf(value));
  }

  private InvalidParameterException(String key) {
    super(key);
  }

  /** A required part of the request is missing; {@code key} says which, in the service bundle. */
  public static InvalidParameterException missing(String key) {
    return new InvalidParameterException(key);
  }
}
