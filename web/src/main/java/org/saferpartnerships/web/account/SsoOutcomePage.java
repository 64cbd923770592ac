package org.saferpartnerships.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.Set;

/**
 * sso/outcome.xhtml: why a sign-in through the organisation's provider signed nobody in (waiting
 * for an administrator, an address the provider has not verified, a token refused, ...). An unknown
 * reason in the address reads as a failed sign-in.
 */
@Named("ssoOutcome")
@RequestScoped
public class SsoOutcomePage {

  static final Set<String> REASONS =
      Set.of(
          "waiting",
          "unverified",
          "failed",
          "disabled",
          "domain",
          "linkedElsewhere",
          "refusedBefore",
          "off");

  private String reason = "failed";

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason != null && REASONS.contains(reason) ? reason : "failed";
  }
}
