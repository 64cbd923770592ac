/**
 * The service-level clock: SLA policies, the business calendar with the England and Wales bank
 * holidays, and the scheduler's escalation batch that warns and escalates overdue items once across
 * the cluster.
 */
package org.saferpartnerships.workflow.sla;
