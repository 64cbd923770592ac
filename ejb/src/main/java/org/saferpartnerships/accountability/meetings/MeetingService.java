package org.saferpartnerships.accountability.meetings;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.saferpartnerships.audit.AuditAction;
import org.saferpartnerships.audit.AuditLog;
import org.saferpartnerships.identity.CallerScope;
import org.saferpartnerships.identity.Role;
import org.saferpartnerships.identity.Scope;
import org.saferpartnerships.partnership.directory.MemberSummary;
import org.saferpartnerships.partnership.directory.PartnershipDirectory;
import org.saferpartnerships.partnership.membership.MemberRole;
import org.saferpartnerships.partnership.registry.Area;
import org.saferpartnerships.partnership.registry.AreaRepository;
import org.saferpartnerships.partnership.registry.Organisation;
import org.saferpartnerships.platform.errors.ConflictException;
import org.saferpartnerships.platform.errors.NotFoundException;
import org.saferpartnerships.platform.errors.ServiceException;
import org.saferpartnerships.platform.persistence.JpqlConditions;
import org.saferpartnerships.platform.persistence.Page;
import org.saferpartnerships.platform.persistence.PageRequest;
import org.saferpartnerships.submission.ForceAreas;
import org.saferpartnerships.workflow.engine.ActionRequestWorkflow;
import org.saferpartnerships.workflow.engine.Priority;
import org.saferpartnerships.workflow.items.ItemProgress;
import org.saferpartnerships.workflow.items.OpenRequest;
import org.saferpartnerships.workflow.items.WorkItemRepository;
import org.saferpartnerships.workflow.items.WorkItemService;
import org.saferpartnerships.workflow.routing.TargetBody;

/**
 * Meetings a policing body calls of the representatives of a CSP's responsible authorities (SI
 * 2007/1830 reg 14A, in the co-operation PRSRA 2011 s10 asks for): its reviewers call one with an
 * agenda (every responsible authority of the CSP is called), record who attended and the minutes,
 * and route each action agreed to its owner as a partner action request. Everyone working for the
 * CSP reads them.
 */
@Stateless
@RolesAllowed({
  Role.Names.CSP_COORDINATOR,
  Role.Names.PCC_REVIEWER,
  Role.Names.PARTNER_OFFICER,
  Role.Names.ADMIN
})
public class MeetingService {

  static final String SUBJECT = "meeting";

  @PersistenceContext private EntityManager em;

  @Inject private CallerScope caller;

  @Inject private Clock clock;

  @Inject private AuditLog audit;

  @EJB private ForceAreas forceAreas;

  @EJB private PartnershipDirectory directory;

  @EJB private WorkItemService workItems;

  @EJB private WorkItemRepository workItemViews;

  /** Calls a meeting of a CSP of the reviewer's force area; returns its id. */
  @RolesAllowed(Role.Names.PCC_REVIEWER)
  public long call(String cspCode, String title, LocalDate heldOn, String location, String agenda) {
    Scope scope = caller.get();
    ForceAreas.ReviewedCsp reviewed = forceAreas.reviewedCsp(cspCode);
    Area csp = reviewed.csp();
    long pfaId = reviewed.pfaId();
    long bodyId = reviewed.bodyId();
    String name = title == null ? "" : title.strip();
    if (name.isEmpty() || name.length() > 200) {
      throw new ServiceException("meeting.title", 200);
    }
    String items = agenda == null ? "" : agenda.strip();
    if (items.isEmpty() || items.length() > 20000) {
      throw new ServiceException("meeting.agenda", 20000);
    }
    String place = location == null || location.isBlank() ? null : location.strip();
    if (place != null && place.length() > 200) {
      throw new ServiceException("meeting.location", 200);
    }
    LocalDate today = LocalDate.now(clock);
    if (heldOn == null || heldOn.isBefore(today)) {
      throw new ServiceException("meeting.heldOn", today);
    }
    List<MemberSummary> authorities =
        directory.csp(csp.getGssCode(), null, today).members().stream()
            .filter(member -> member.role() == MemberRole.RESPONSIBLE_AUTHORITY)
            .toList();
    if (authorities.isEmpty()) {
      throw new ServiceException("meeting.noAuthorities", csp.getGssCode());
    }
    Instant now = clock.instant();
    Meeting meeting =
        new Meeting(
            em.find(Area.class, pfaId),
            csp,
            em.find(Organisation.class, bodyId),
            name,
            heldOn,
            place,
            items,
            now,
            scope.username());
    em.persist(meeting);
    em.flush();
    for (MemberSummary authority : authorities) {
      em.persist(new MeetingAttendance(meeting.getId(), authority.organisationId()));
    }
    em.flush();
    audit.record(
        scope.username(),
        AuditAction.CREATE,
        SUBJECT,
        String.valueOf(meeting.getId()),
        csp.getId(),
        name + " on " + heldOn);
    return meeting.getId();
  }

  /** Records who attended for each authority, and the minutes: the meeting is then held. */
  @RolesAllowed(Role.Names.PCC_REVIEWER)
  public void record(
      long id,
      long version,
      @NotNull Map<Long, Attendance> attendance,
      Map<Long, String> representatives,
      String minutes) {
    Meeting meeting = managed(id, version);
    if (meeting.getState() == MeetingState.CANCELLED) {
      throw new ServiceException("meeting.cancelled");
    }
    if (meeting.getHeldOn().isAfter(LocalDate.now(clock))) {
      throw new ServiceException("meeting.notYetHeld", meeting.getHeldOn());
    }
    String text = minutes == null ? "" : minutes.strip();
    if (text.isEmpty() || text.length() > 50000) {
      throw new ServiceException("meeting.minutes", 50000);
    }
    List<MeetingAttendance> called = invitees(id);
    for (MeetingAttendance row : called) {
      Attendance value = attendance.get(row.getOrganisationId());
      if (value == null) {
        throw new ServiceException("meeting.attendanceRequired");
      }
      String who = representatives == null ? null : representatives.get(row.getOrganisationId());
      if (who != null && who.length() > 200) {
        throw new ServiceException("meeting.representative", 200);
      }
      row.mark(value, who);
    }
    meeting.record(text, clock.instant(), caller.username());
    flush(meeting);
    audit.record(
        caller.username(),
        AuditAction.UPDATE,
        SUBJECT,
        String.valueOf(id),
        meeting.getCsp().getId(),
        "minutes recorded");
  }

  /** Calls off a meeting not yet held, with a reason. */
  @RolesAllowed(Role.Names.PCC_REVIEWER)
  public void cancel(long id, long version, String reason) {
    Meeting meeting = managed(id, version);
    if (meeting.getState() != MeetingState.CALLED) {
      throw new ServiceException("meeting.notCancellable");
    }
    String text = reason == null ? "" : reason.strip();
    if (text.isEmpty() || text.length() > 500) {
      throw new ServiceException("meeting.cancelReason", 500);
    }
    meeting.cancel(text);
    flush(meeting);
    audit.record(
        caller.username(),
        AuditAction.UPDATE,
        SUBJECT,
        String.valueOf(id),
        meeting.getCsp().getId(),
        "cancelled: " + text);
  }

  /** An action agreed at a held meeting, routed to the body that owns it, due on the day given. */
  @RolesAllowed(Role.Names.PCC_REVIEWER)
  public long addAction(long id, String text, TargetBody owner, LocalDate dueOn) {
    Meeting meeting = managed(id, null);
    if (meeting.getState() != MeetingState.HELD) {
      throw new ServiceException("meeting.actionsAfterHeld");
    }
    String action = text == null ? "" : text.strip();
    if (action.isEmpty() || action.length() > 4000) {
      throw new ServiceException("meeting.actionText", 4000);
    }
    if (owner == null) {
      throw new ServiceException("meeting.actionOwner");
    }
    LocalDate today = LocalDate.now(clock);
    if (dueOn == null || !dueOn.isAfter(today)) {
      throw new ServiceException("meeting.actionDue", today);
    }
    int seq =
        em.createQuery("SELECT COUNT(a) FROM MeetingAction a WHERE a.meetingId = :m", Long.class)
                .setParameter("m", id)
                .getSingleResult()
                .intValue()
            + 1;
    String title =
        "Action "
            + seq
            + " of "
            + meeting.getTitle()
            + ": "
            + (action.length() > 100 ? action.substring(0, 99) + "…" : action);
    long item =
        workItems.open(
            new OpenRequest(
                ActionRequestWorkflow.TYPE,
                meeting.getCsp().getGssCode(),
                title.length() > 200 ? title.substring(0, 199) + "…" : title,
                action,
                owner,
                Priority.NORMAL,
                "meeting " + id,
                dueOn));
    Instant now = clock.instant();
    em.persist(new MeetingAction(id, seq, action, owner, dueOn, item, now, caller.username()));
    em.flush();
    audit.record(
        caller.username(),
        AuditAction.UPDATE,
        SUBJECT,
        String.valueOf(id),
        meeting.getCsp().getId(),
        "action " + seq + " as " + item);
    return item;
  }

  /** One page of the meetings of the caller's CSPs, latest first. */
  public Page<MeetingView> list(String cspCode, @NotNull PageRequest page) {
    Scope scope = caller.get();
    JpqlConditions where = scope.restrictToCsps(new JpqlConditions(), "m.csp.id");
    where.andIf(
        cspCode == null ? null : AreaRepository.normalise(cspCode), "m.csp.gssCode = :csp", "csp");
    long total =
        where
            .bind(em.createQuery("SELECT COUNT(m) FROM Meeting m" + where.where(), Long.class))
            .getSingleResult();
    List<Meeting> rows =
        where
            .bind(
                em.createQuery(
                    "SELECT m FROM Meeting m"
                        + where.where()
                        + " ORDER BY m.heldOn DESC, m.id DESC",
                    Meeting.class))
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultList();
    return new Page<>(rows.stream().map(m -> view(m, false)).toList(), total);
  }

  public MeetingView get(long id) {
    return view(visible(id), true);
  }

  private MeetingView view(Meeting meeting, boolean whole) {
    Scope scope = caller.get();
    boolean manage =
        scope.has(Role.PCC_REVIEWER) && forceAreas.governs(scope, meeting.getPfa().getId());
    List<MeetingView.Invitee> invitees = whole ? invitees(meeting) : List.of();
    List<MeetingView.ActionLine> actions = whole ? actions(meeting) : List.of();
    return new MeetingView(
        meeting.getId(),
        meeting.getPfa().getGssCode(),
        meeting.getCsp().getGssCode(),
        meeting.getCsp().getName(),
        meeting.getCsp().getNameCy(),
        meeting.getBody().getName(),
        meeting.getTitle(),
        meeting.getHeldOn(),
        meeting.getLocation(),
        meeting.getAgenda(),
        meeting.getMinutes(),
        meeting.getState(),
        meeting.getCancelReason(),
        meeting.getCalledBy(),
        meeting.getRecordedBy(),
        meeting.getVersion(),
        manage,
        invitees,
        actions);
  }

  /** Who was called to the meeting, with their names and attendance. */
  private List<MeetingView.Invitee> invitees(Meeting meeting) {
    Map<Long, Organisation> names = new HashMap<>();
    List<MeetingAttendance> called = invitees(meeting.getId());
    if (!called.isEmpty()) {
      em.createQuery("SELECT o FROM Organisation o WHERE o.id IN :ids", Organisation.class)
          .setParameter("ids", called.stream().map(MeetingAttendance::getOrganisationId).toList())
          .getResultList()
          .forEach(o -> names.put(o.getId(), o));
    }
    return called.stream()
        .map(
            row ->
                new MeetingView.Invitee(
                    row.getOrganisationId(),
                    names.get(row.getOrganisationId()).getName(),
                    names.get(row.getOrganisationId()).getNameCy(),
                    row.getAttendance(),
                    row.getRepresentative()))
        .toList();
  }

  /** The actions agreed at the meeting, with where each work item stands. */
  private List<MeetingView.ActionLine> actions(Meeting meeting) {
    List<MeetingAction> agreed =
        em.createQuery(
                "SELECT a FROM MeetingAction a WHERE a.meetingId = :m ORDER BY a.seq",
                MeetingAction.class)
            .setParameter("m", meeting.getId())
            .getResultList();
    List<Long> ids = agreed.stream().map(MeetingAction::getWorkItemId).toList();
    Map<Long, ItemProgress> progress = workItemViews.progressOf(ids);
    Set<Long> viewable = workItemViews.viewable(ids);
    return agreed.stream()
        .map(
            a -> {
              ItemProgress p = progress.get(a.getWorkItemId());
              return new MeetingView.ActionLine(
                  a.getSeq(),
                  a.getText(),
                  a.getTargetBody(),
                  a.getDueOn(),
                  a.getWorkItemId(),
                  p == null ? null : p.state(),
                  p == null ? null : p.holderName(),
                  viewable.contains(a.getWorkItemId()));
            })
        .toList();
  }

  private List<MeetingAttendance> invitees(long meetingId) {
    return em.createQuery(
            "SELECT a FROM MeetingAttendance a WHERE a.meetingId = :m ORDER BY a.id",
            MeetingAttendance.class)
        .setParameter("m", meetingId)
        .getResultList();
  }

  private Meeting visible(long id) {
    Meeting meeting = em.find(Meeting.class, id);
    Scope scope = caller.get();
    if (meeting == null || !scope.coversCsp(meeting.getCsp().getId())) {
      throw new NotFoundException("notFound.meeting", id);
    }
    return meeting;
  }

  /** The meeting, for the reviewers of the body governing its force area; else not found. */
  private Meeting managed(long id, Long version) {
    Meeting meeting = visible(id);
    if (!forceAreas.governs(caller.get(), meeting.getPfa().getId())) {
      throw new NotFoundException("notFound.meeting", id);
    }
    if (version != null && version != meeting.getVersion()) {
      throw new ConflictException("stale.meeting", meeting.getTitle());
    }
    return meeting;
  }

  private void flush(Meeting meeting) {
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw new ConflictException("stale.meeting", meeting.getTitle());
    } catch (PersistenceException e) {
      if (e.getCause() instanceof OptimisticLockException) {
        throw new ConflictException("stale.meeting", meeting.getTitle());
      }
      throw e;
    }
  }
}
