package org.saferpartnerships.web;

/**
 * One thing on the home page that needs the person: how many there are, what they are (a message
 * key whose pattern takes the count) and where the filtered list of them is (a path of the site).
 */
public record Need(String key, long count, String path) {}
