package org.saferpartnerships.api;

import org.saferpartnerships.platform.ServiceException;

/** A query or form parameter the API cannot accept; answered 400 with the parameter named. */
public class InvalidParameterException extends ServiceException {

  private static final long serialVersionUID = 1L;

  public InvalidParameterException(String parameter, Object value) {
    super("param.invalid", parameter, String.valueOf(value));
  }
}
