/**
 * The workflow pages: the inbox (with the notification count), an item's page with its actions,
 * history and attachments, opening a new item, the workflow diagrams, and for administrators the
 * routing rules and the bank-holiday calendar.
 */
package org.saferpartnerships.web.workflow;
