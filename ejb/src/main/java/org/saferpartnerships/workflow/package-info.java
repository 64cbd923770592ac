/**
 * The workflow engine every context routes work through (DESIGN.md section 3): work items and their
 * history, the transition table of each item type ({@code …Workflow} beans), routing rules kept as
 * versioned data, the business-day SLA clock with pauses and the England and Wales bank-holiday
 * calendar, warnings and escalation ladders run by a cluster-safe scheduler, and notifications in
 * the app and by e-mail in each user's language.
 */
package org.saferpartnerships.workflow;
