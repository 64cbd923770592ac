/**
 * The transition-table DSL: a {@code Workflow} names the states, actions, who may take each and its
 * effects, {@code Workflows} finds the definition for an item type, and {@code TransitionRules}
 * checks an action against it. It knows nothing of how items are stored.
 */
package org.saferpartnerships.workflow.engine;
