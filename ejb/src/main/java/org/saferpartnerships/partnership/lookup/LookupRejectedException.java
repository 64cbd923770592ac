package org.saferpartnerships.partnership.lookup;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A lookup file, or the vintage it would make, cannot be imported. Carries every problem found;
 * thrown before anything is written, and rolls back the transaction if thrown inside one.
 */
@ApplicationException(rollback = true)
public class LookupRejectedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final List<LookupProblem> problems;

  public LookupRejectedException(List<LookupProblem> problems) {
    super(problems.size() + " problem(s), first: " + problems.get(0).key());
    this.problems = List.copyOf(problems);
  }

  public static LookupRejectedException of(LookupProblem problem) {
    return new LookupRejectedException(List.of(problem));
  }

  public List<LookupProblem> problems() {
    return problems;
  }
}
