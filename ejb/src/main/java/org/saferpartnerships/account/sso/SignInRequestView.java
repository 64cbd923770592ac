package org.saferpartnerships.account.sso;

import java.time.Instant;

/** A sign-in request as an administrator sees it in the list. */
public record SignInRequestView(
    long id,
    String email,
    String displayName,
    SignInRequest.Status status,
    Instant requestedAt,
    Instant lastRequestedAt,
    Instant decidedAt,
    String decidedBy,
    long version)
    implements java.io.Serializable {

  static SignInRequestView of(SignInRequest r) {
    return new SignInRequestView(
        r.getId(),
        r.getEmail(),
        r.getDisplayName(),
        r.getStatus(),
        r.getRequestedAt(),
        r.getLastRequestedAt(),
        r.getDecidedAt(),
        r.getDecidedBy(),
        r.getVersion());
  }
}
