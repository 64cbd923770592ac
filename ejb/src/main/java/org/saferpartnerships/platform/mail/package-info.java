/**
 * Outgoing e-mail: {@code MailSender} delivers one message through the configured SMTP server (or
 * logs it when mail is off).
 */
package org.saferpartnerships.platform.mail;
