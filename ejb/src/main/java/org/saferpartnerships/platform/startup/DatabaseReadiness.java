package org.saferpartnerships.platform.startup;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness for load balancers (/health/ready): ready only when the migrator has finished and the
 * database answers now.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

  @EJB private DatabaseMigrator migrator;

  @Resource(lookup = DatabaseMigrator.DATA_SOURCE)
  private DataSource dataSource;

  @Override
  public HealthCheckResponse call() {
    var response = HealthCheckResponse.named("database");
    if (!migrator.isMigrated()) {
      String why = migrator.failure();
      return response
          .down()
          .withData("migrated", false)
          .withData("reason", why == null ? "migrating" : why)
          .build();
    }
    try (Connection connection = dataSource.getConnection()) {
      boolean valid = connection.isValid(2);
      return response.status(valid).withData("migrated", true).withData("reachable", valid).build();
    } catch (SQLException e) {
      return response.down().withData("migrated", true).withData("reason", e.getMessage()).build();
    }
  }
}
