/**
 * Telling people: notifications in the application, e-mail in each user's language from the mail
 * templates, and the outbox that sends e-mail after the transaction that caused it commits.
 */
package org.saferpartnerships.workflow.notify;
