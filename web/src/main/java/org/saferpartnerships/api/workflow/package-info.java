/**
 * The workflow API under /api/v1: work items (inbox lists, one item with its history, actions,
 * attachments), the caller's notifications, the workflows' transition tables, and for
 * administrators routing rules, SLA policies and the bank-holiday calendar. Scoped exactly like the
 * pages: an item the caller may not see is 404.
 */
package org.saferpartnerships.api.workflow;
