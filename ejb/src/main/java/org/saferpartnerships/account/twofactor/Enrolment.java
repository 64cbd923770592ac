package org.saferpartnerships.account.twofactor;

/**
 * An enrolment begun: the secret to put into an authenticator app, as text (in groups of four) and
 * as the otpauth:// address a QR code carries. Shown to its owner only, until confirmed.
 */
public record Enrolment(String secret, String grouped, String uri)
    implements java.io.Serializable {}
