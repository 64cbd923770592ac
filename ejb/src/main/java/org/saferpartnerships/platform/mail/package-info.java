/**
 * Outgoing e-mail: {@code MailSender} delivers one message through the configured SMTP server, and
 * the one {@code Outbox} every kind of e-mail goes through (claimed in batches with SKIP LOCKED and
 * a lease, sent outside any transaction, marked sent or failed and retried), each kind naming its
 * table with an {@code OutboxTable} and composing its {@code Email}.
 */
package org.saferpartnerships.platform.mail;
