/**
 * Telling people: notifications in the application, and their e-mails in each user's language from
 * the mail templates, composed by {@code MailOutbox} and sent through the one outbox of {@code
 * platform.mail} after the transaction that caused them commits.
 */
package org.saferpartnerships.workflow.notify;
