package org.saferpartnerships.workflow.items;

import java.util.Optional;

/**
 * Finds what a work item is about. The workflow opens items for contexts above it and cannot know
 * their records, so each context that opens items implements this for its own (a bean per context);
 * the item page asks each in turn.
 */
public interface WorkItemSubjects {

  /** The record the item was opened for, if it was opened for one of this context's. */
  Optional<WorkItemSubject> about(long workItemId);
}
