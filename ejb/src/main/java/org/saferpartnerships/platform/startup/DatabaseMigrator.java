package org.saferpartnerships.platform.startup;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;

/**
 * Brings the database up to date when the application starts: Flyway migrations, then the shipped
 * reference data (ONS registry, policing bodies, loaded by the observers of {@link
 * DatabaseMigrated}), then, where demo data is on, the demo users. The one bean-managed transaction
 * of the application: Flyway runs its own transactions and each loader call runs in its own
 * container transaction. If the database cannot be reached the application stays deployed but not
 * ready, and tries again every 30 seconds.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
@DataSourceDefinition(
    name = DatabaseMigrator.DATA_SOURCE,
    className = "${MPCONFIG=db.className}",
    url = "${MPCONFIG=db.url}",
    user = "${MPCONFIG=db.user}",
    password = "${MPCONFIG=db.password}",
    minPoolSize = 2,
    maxPoolSize = 32)
public class DatabaseMigrator {

  public static final String DATA_SOURCE = "java:app/jdbc/saferpartnerships";
  private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());
  private static final long RETRY_MILLIS = 30_000;

  @Resource(lookup = DATA_SOURCE)
  private DataSource dataSource;

  @Resource private TimerService timers;

  @Inject private Event<DatabaseMigrated> migratedEvent;

  @Inject private Event<DataLoaded> loadedEvent;

  @Inject
  @ConfigProperty(name = "db.url")
  private String databaseUrl;

  /** "true", "false" or "auto" (on for the embedded H2 database only). */
  @Inject
  @ConfigProperty(name = "sp.demo-data", defaultValue = "auto")
  private String demoData;

  private volatile boolean migrated;
  private volatile String failure;

  @PostConstruct
  void start() {
    migrate();
  }

  @Timeout
  void retry() {
    migrate();
  }

  private void migrate() {
    try {
      Flyway.configure()
          .dataSource(dataSource)
          .locations("classpath:db/migration")
          .load()
          .migrate();
      migratedEvent.fire(new DatabaseMigrated());
      if (demoDataEnabled()) {
        Flyway.configure()
            .dataSource(dataSource)
            .locations("classpath:db/demo")
            .table("flyway_demo_history")
            .baselineOnMigrate(true)
            .baselineVersion("0")
            .load()
            .migrate();
      }
      loadedEvent.fire(new DataLoaded());
      migrated = true;
      failure = null;
      LOG.info("Database migrated and reference data loaded");
    } catch (RuntimeException e) {
      failure = e.getMessage();
      LOG.log(Level.SEVERE, "Database migration failed; retrying in 30 s", e);
      timers.createSingleActionTimer(RETRY_MILLIS, new TimerConfig(null, false));
    }
  }

  /**
   * Whether this is a demonstration installation (the embedded default, or demo data forced on).
   */
  @Lock(LockType.READ)
  public boolean isDemo() {
    return demoDataEnabled();
  }

  boolean demoDataEnabled() {
    if ("auto".equalsIgnoreCase(demoData)) {
      return databaseUrl.startsWith("jdbc:h2:");
    }
    return Boolean.parseBoolean(demoData);
  }

  @Lock(LockType.READ)
  public boolean isMigrated() {
    return migrated;
  }

  /** Why the last migration attempt failed, or null. */
  @Lock(LockType.READ)
  public String failure() {
    return failure;
  }
}
