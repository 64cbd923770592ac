package org.saferpartnerships.platform.errors;

import jakarta.ejb.ApplicationException;

/**
 * The request clashes with what is already recorded: a duplicate, or a stale edit of a record that
 * someone else changed first.
 */
@ApplicationException(rollback = true)
public class ConflictException extends ServiceException {

  private static final long serialVersionUID = 1L;

  public ConflictException(String key, Object... args) {
    super(key, args);
  }
}
