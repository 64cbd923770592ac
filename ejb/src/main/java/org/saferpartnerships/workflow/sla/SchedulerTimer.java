package org.saferpartnerships.workflow.sla;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.saferpartnerships.platform.startup.DatabaseMigrator;
import org.saferpartnerships.platform.time.MinutePassed;
import org.saferpartnerships.workflow.notify.MailOutbox;

/**
 * Runs the SLA pass and then the e-mail outbox once a minute on every instance. The timer is
 * deliberately per node and not persistent: correctness comes from the database (rows claimed with
 * SKIP LOCKED, leases, unique notification keys), so any number of instances may run it at once and
 * none is special. Off when {@code sp.scheduler.enabled} is false (tests drive passes themselves).
 */
@Singleton
@Startup
public class SchedulerTimer {

  private static final Logger LOG = Logger.getLogger(SchedulerTimer.class.getName());

  @Resource private TimerService timers;

  @EJB private EscalationService escalations;

  @EJB private MailOutbox outbox;

  @EJB private DatabaseMigrator database;

  @Inject private Event<MinutePassed> minutes;

  @Inject private Clock clock;

  @Inject
  @ConfigProperty(name = "sp.scheduler.enabled", defaultValue = "true")
  private boolean enabled;

  @Inject
  @ConfigProperty(name = "sp.scheduler.interval-seconds", defaultValue = "60")
  private long intervalSeconds;

  @PostConstruct
  void start() {
    if (enabled) {
      long interval = intervalSeconds * 1000;
      timers.createIntervalTimer(interval, interval, new TimerConfig(null, false));
    }
  }

  @Timeout
  void tick() {
    if (!database.isMigrated()) {
      return;
    }
    try {
      PassResult pass = escalations.runPass();
      int mailed = outbox.sendPending();
      minutes.fire(new MinutePassed(clock.instant()));
      if (pass.examined() > 0 || mailed > 0) {
        LOG.info(
            () ->
                "SLA pass: "
                    + pass.examined()
                    + " examined, "
                    + pass.warned()
                    + " warned, "
                    + pass.escalated()
                    + " escalated; "
                    + mailed
                    + " e-mails sent");
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "SLA pass failed; the next runs in a minute", e);
    }
  }
}
