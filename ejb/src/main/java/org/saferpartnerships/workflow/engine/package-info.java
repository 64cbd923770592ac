/**
 * The transition-table DSL: a {@code Workflow} names the states, actions, who may take each and its
 * effects, {@code Workflows} finds the definition for an item type, and {@code TransitionRules}
 * checks an action against it; {@code ActionRequestWorkflow} is the generic request for a partner
 * to act, which several contexts send. It knows nothing of how items are stored.
 */
package org.saferpartnerships.workflow.engine;
