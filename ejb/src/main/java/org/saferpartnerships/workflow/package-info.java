/**
 * The workflow engine every context routes work through (DESIGN.md section 3): the transition-table
 * DSL ({@code engine}), work items, their history and inboxes ({@code items}), routing rules kept
 * as versioned data ({@code routing}), the business-day SLA clock with the bank-holiday calendar
 * and the cluster-safe escalation pass ({@code sla}), notifications ({@code notify}) and attached
 * documents ({@code documents}).
 */
package org.saferpartnerships.workflow;
