package org.saferpartnerships.api;

import org.saferpartnerships.platform.errors.ServiceException;

/**
 * A query parameter or a part of a request body the API cannot accept, or one missing; answered 400
 * with the part named in the error body's {@code field}.
 */
public class InvalidParameterException extends ServiceException {

  private static final long serialVersionUID = 1L;

  private final String field;

  public InvalidParameterException(String parameter, Object value) {
    super("param.invalid", parameter, String.valueOf(value));
    this.field = parameter;
  }

  private InvalidParameterException(String field, String key, Object... args) {
    super(key, args);
    this.field = field;
  }

  /** A required part of the request is missing; {@code key} says which, in the service bundle. */
  public static InvalidParameterException missing(String key) {
    return new InvalidParameterException(null, key, new Object[0]);
  }

  /** The part {@code field} of the request is wrong in the way {@code key} describes. */
  public static InvalidParameterException of(String field, String key, Object... args) {
    return new InvalidParameterException(field, key, args);
  }

  /** The name of the part at fault, or null when the request as a whole is. */
  public String field() {
    return field;
  }
}
