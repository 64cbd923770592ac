package org.saferpartnerships.account.apitokens;

/** A token just made: the only time its text is shown. */
public record TokenCreated(TokenView token, String secret) implements java.io.Serializable {}
