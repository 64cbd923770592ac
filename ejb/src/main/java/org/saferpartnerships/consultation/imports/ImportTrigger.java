package org.saferpartnerships.consultation.imports;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import org.saferpartnerships.platform.time.MinutePassed;

/**
 * Starts import jobs: each one as soon as the transaction that queued it has committed (so that the
 * job sees it queued), and, once a minute, any left queued by an instance that stopped before
 * starting it. A job whose instance stopped while it ran (no progress for ten minutes) is undone.
 * Taking a job locks its row, so instances sharing the database never run one twice.
 */
@ApplicationScoped
public class ImportTrigger {

  static final Duration QUEUED_TOO_LONG = Duration.ofMinutes(2);
  static final Duration SILENT_TOO_LONG = Duration.ofMinutes(10);

  @EJB private ImportRunner runner;

  @EJB private ImportWriter writer;

  public void onMinute(@Observes MinutePassed minute) {
    writer.waiting(minute.at().minus(QUEUED_TOO_LONG)).forEach(runner::run);
    writer.silent(minute.at().minus(SILENT_TOO_LONG)).forEach(writer::discard);
  }
}
