package org.saferpartnerships.api.account;

import java.util.List;

/** An invitation or a change of an account as the API takes it; roles as names, checked by name. */
public record AccountBody(
    String email,
    String displayName,
    List<String> roles,
    List<Long> organisationIds,
    Boolean lead,
    String language,
    Long version) {}
