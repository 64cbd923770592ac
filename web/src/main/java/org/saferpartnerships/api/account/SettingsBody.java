package org.saferpartnerships.api.account;

import java.util.Map;

/** A person's own settings: their language, and for each kind of notice EMAIL, DIGEST or NONE. */
public record SettingsBody(String language, Map<String, String> notifications) {}
