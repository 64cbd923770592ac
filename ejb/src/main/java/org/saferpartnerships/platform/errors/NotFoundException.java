package org.saferpartnerships.platform.errors;

import jakarta.ejb.ApplicationException;

/**
 * What was asked for does not exist, or the caller may not know that it does (a record outside
 * their scope is reported exactly like a missing one).
 */
@ApplicationException(rollback = true)
public class NotFoundException extends ServiceException {

  private static final long serialVersionUID = 1L;

  public NotFoundException(String key, Object... args) {
    super(key, args);
  }
}
