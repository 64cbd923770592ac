package org.saferpartnerships.web.dates;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.saferpartnerships.platform.time.ClockProducer;
import org.saferpartnerships.web.Language;

/** Dates and times as pages show them, in the page's language and UK time. */
@Named
@RequestScoped
public class Dates {

  @Inject private Language language;

  /** 24 November 2026, or 24 Tachwedd 2026. */
  public String day(LocalDate date) {
    return date == null
        ? ""
        : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
            .withLocale(language.getLocale())
            .format(date);
  }

  /** 24 November 2026, 19:05. */
  public String moment(Instant instant) {
    if (instant == null) {
      return "";
    }
    return DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", language.getLocale())
        .format(instant.atZone(ClockProducer.LONDON));
  }
}
