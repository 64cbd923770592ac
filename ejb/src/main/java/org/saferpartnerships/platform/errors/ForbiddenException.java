package org.saferpartnerships.platform.errors;

import jakarta.ejb.ApplicationException;

/**
 * A use case the caller may not take at all, whatever they ask it with (an account that leads no
 * organisation asking to manage accounts): 403 with the reason.
 */
@ApplicationException(rollback = true)
public class ForbiddenException extends ServiceException {

  private static final long serialVersionUID = 1L;

  public ForbiddenException(String key, Object... args) {
    super(key, args);
  }
}
