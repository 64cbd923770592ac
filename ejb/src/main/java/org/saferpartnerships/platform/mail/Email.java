package org.saferpartnerships.platform.mail;

/** One e-mail ready to send: to whom, what it says, in which language, and an optional file. */
public record Email(
    String to, String subject, String body, boolean welsh, MailSender.Attachment attachment) {}
