package org.saferpartnerships.web.submission;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.saferpartnerships.partnership.registry.AreaName;
import org.saferpartnerships.platform.errors.NotFoundException;
import org.saferpartnerships.submission.ForceAreas;
import org.saferpartnerships.submission.SubmissionType;
import org.saferpartnerships.submission.due.DueView;
import org.saferpartnerships.submission.due.SubmissionCalendar;
import org.saferpartnerships.submission.review.ReviewChecklist;
import org.saferpartnerships.web.Hidden;
import org.saferpartnerships.web.Language;
import org.saferpartnerships.web.PageMessages;
import org.saferpartnerships.web.ShowsRefusal;
import org.saferpartnerships.web.dates.Years;

/**
 * A policing body's settings for accountability (submission/calendar.xhtml?pfa=&amp;year=): when
 * each kind of submission is due from its CSPs in a financial year, and the checklist its reviewers
 * answer.
 */
@Named
@ViewScoped
public class CalendarPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private transient SubmissionCalendar calendar;

  @EJB private transient ReviewChecklist checklist;

  @EJB private transient ForceAreas forceAreas;

  @Inject private transient PageMessages messages;

  @Inject private transient Language language;

  @Inject private transient Clock clock;

  private String pfa;
  private Integer year;
  private List<AreaName> choices;
  private Long bodyId;
  private final Map<String, String> dates = new HashMap<>();
  private final Map<String, Long> versions = new HashMap<>();
  private List<CheckLine> checks;
  private String newTextEn;
  private String newTextCy;

  /** A checklist item as the page lists it. */
  public record CheckLine(long id, String textEn, String textCy) implements Serializable {}

  public String load() {
    choices = forceAreas.choicesOfCaller();
    if (year == null) {
      year = Years.current(LocalDate.now(clock));
    }
    if ((pfa == null || pfa.isBlank()) && !choices.isEmpty()) {
      pfa = choices.get(0).code();
    }
    try {
      if (pfa == null || !forceAreas.callerGoverns(pfa)) {
        throw new NotFoundException("notFound.forceArea", pfa);
      }
      pfa = pfa.trim().toUpperCase(Locale.ROOT);
      bodyId = forceAreas.callerBodyFor(pfa);
      dates.clear();
      versions.clear();
      for (DueView due : calendar.dues(pfa, year)) {
        dates.put(due.type().name(), due.dueOn().toString());
        versions.put(due.type().name(), due.version());
      }
      checks =
          bodyId == null
              ? List.of()
              : checklist.ofBody(bodyId).stream()
                  .map(c -> new CheckLine(c.getId(), c.getTextEn(), c.getTextCy()))
                  .toList();
    } catch (NotFoundException | EJBException missing) {
      return Hidden.notFound();
    }
    return null;
  }

  @ShowsRefusal
  public String save() {
    Map<SubmissionType, LocalDate> chosen = new EnumMap<>(SubmissionType.class);
    Map<SubmissionType, Long> seen = new EnumMap<>(SubmissionType.class);
    boolean valid = true;
    for (SubmissionType type : getTypes()) {
      String text = dates.get(type.name());
      if (versions.get(type.name()) != null) {
        seen.put(type, versions.get(type.name()));
      }
      if (text == null || text.isBlank()) {
        continue;
      }
      try {
        chosen.put(type, LocalDate.parse(text.strip()));
      } catch (DateTimeParseException e) {
        messages.error("dues:due_" + type.name(), "submission.dateInvalid");
        valid = false;
      }
    }
    if (!valid) {
      return null;
    }
    calendar.setDues(pfa, year, chosen, seen);
    messages.info("calendar.saved", Years.label(year));
    return reload();
  }

  @ShowsRefusal("checklist:textEn")
  public String addCheck() {
    checklist.add(bodyId, newTextEn, newTextCy);
    messages.info("checklist.added");
    return reload();
  }

  @ShowsRefusal
  public String retireCheck(long checkId) {
    checklist.retire(bodyId, checkId);
    messages.info("checklist.retired");
    return reload();
  }

  private String reload() {
    return "/submission/calendar?faces-redirect=true&pfa=" + pfa + "&year=" + year;
  }

  public List<SubmissionType> getTypes() {
    return Arrays.stream(SubmissionType.values()).filter(SubmissionType::dueByCalendar).toList();
  }

  public List<SelectItem> getAreaOptions() {
    return choices.stream()
        .map(area -> new SelectItem(area.code(), language.pick(area.name(), area.nameCy())))
        .toList();
  }

  public List<SelectItem> getYearOptions() {
    return Years.around(LocalDate.now(clock));
  }

  public Map<String, String> getDates() {
    return dates;
  }

  public List<CheckLine> getChecks() {
    return checks;
  }

  public String getPfa() {
    return pfa;
  }

  public void setPfa(String pfa) {
    this.pfa = pfa;
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }

  public String getNewTextEn() {
    return newTextEn;
  }

  public void setNewTextEn(String newTextEn) {
    this.newTextEn = newTextEn;
  }

  public String getNewTextCy() {
    return newTextCy;
  }

  public void setNewTextCy(String newTextCy) {
    this.newTextCy = newTextCy;
  }
}
