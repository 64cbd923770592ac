package org.saferpartnerships.api.account;

/** A personal access token to make: its name, and the days it works (90 if not given). */
public record TokenBody(String name, Integer days) {}
