package org.saferpartnerships.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Not ready while the audit log cannot be signed (no SP_AUDIT_KEY outside the demo, or one too
 * short): every change writes an audit row, so such a server could change nothing, and a load
 * balancer should send it no one.
 */
@Readiness
@ApplicationScoped
public class AuditReadiness implements HealthCheck {

  @Inject private AuditKeys keys;

  @Override
  public HealthCheckResponse call() {
    var response = HealthCheckResponse.named("audit-key");
    return keys.problem()
        .map(problem -> response.down().withData("reason", problem).build())
        .orElseGet(() -> response.up().build());
  }
}
