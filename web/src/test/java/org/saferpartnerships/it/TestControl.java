package org.saferpartnerships.it;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.saferpartnerships.casereview.letters.CaseMailOutbox;
import org.saferpartnerships.casereview.retention.RetentionService;
import org.saferpartnerships.identity.Role;
import org.saferpartnerships.workflow.notify.MailOutbox;
import org.saferpartnerships.workflow.sla.EscalationService;
import org.saferpartnerships.workflow.sla.PassResult;

/**
 * What tests may do to the server that users may not: move the clock, run the scheduler's pass
 * (once, or twice racing), send the e-mail outbox, and arrange accounts. Only in the test
 * deployment, and only for administrators.
 */
@Path("v1/test")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed(Role.Names.ADMIN)
public class TestControl {

  @jakarta.ejb.EJB private org.saferpartnerships.workflow.notify.DigestSender digests;

  @Inject private TestClock clock;

  @Inject private org.saferpartnerships.account.twofactor.TwoFactorPolicy twoFactorPolicy;

  @Inject private org.saferpartnerships.web.account.SignInThrottle throttle;

  @EJB private EscalationService escalations;

  @EJB private MailOutbox outbox;

  @EJB private CaseMailOutbox caseMail;

  @EJB private RetentionService retention;

  @EJB private TestData data;

  @EJB private AuditTamper tamper;

  @POST
  @Path("clock")
  public Map<String, String> setClock(@QueryParam("date") String date) {
    clock.setDate(date == null || date.isBlank() ? null : LocalDate.parse(date));
    return Map.of("date", String.valueOf(date));
  }

  @POST
  @Path("pass")
  public PassResult pass() {
    return escalations.runPass();
  }

  /** Two passes started together on two threads, as two server instances would. */
  @POST
  @Path("race")
  public List<PassResult> race() {
    CountDownLatch start = new CountDownLatch(1);
    CompletableFuture<PassResult> first = CompletableFuture.supplyAsync(() -> await(start));
    CompletableFuture<PassResult> second = CompletableFuture.supplyAsync(() -> await(start));
    start.countDown();
    return List.of(first.join(), second.join());
  }

  private PassResult await(CountDownLatch start) {
    try {
      start.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return escalations.runPass();
  }

  @POST
  @Path("outbox")
  public Map<String, Integer> sendOutbox() {
    return Map.of(
        "sent",
        outbox.sendPending(),
        "applicants",
        caseMail.sendPending(),
        "digests",
        digests.sendDue());
  }

  /** Removes a CSP's submissions and grants of a year (see {@link TestData#deleteSubmissions}). */
  @DELETE
  @Path("submissions/{csp}/{year}")
  public Map<String, Integer> deleteSubmissions(
      @PathParam("csp") String csp, @PathParam("year") int year) {
    return Map.of("removed", data.deleteSubmissions(csp, year));
  }

  /**
   * Undoes a test's changes of governance of a force area (see {@link TestData#restoreGovernance}).
   */
  @DELETE
  @Path("governance/{pfa}/{source}")
  public Map<String, Integer> restoreGovernance(
      @PathParam("pfa") String pfa, @PathParam("source") String source) {
    return Map.of("removed", data.restoreGovernance(pfa, source));
  }

  /** An account acting for the organisation of an area (by GSS code and organisation type). */
  @POST
  @Path("accounts/{username}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Map<String, Long> account(
      @PathParam("username") String username, Map<String, String> body) {
    long id =
        data.createAccount(
            username,
            body.get("password"),
            Role.valueOf(body.get("role")),
            body.get("orgType"),
            body.get("area"),
            body.getOrDefault("language", "en"),
            body.get("email"));
    return Map.of("id", id);
  }

  @DELETE
  @Path("accounts/{username}")
  public void deleteAccount(@PathParam("username") String username) {
    data.deleteAccount(username);
  }

  @GET
  @Path("items/{id}/events")
  public Map<String, Long> events(@PathParam("id") long id) {
    return data.eventCounts(id);
  }

  @POST
  @Path("audit/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Map<String, String> tamper(@PathParam("id") long id, Map<String, String> body) {
    String was = data.tamperWithAudit(id, body.get("detail"));
    return was == null ? Map.of() : Map.of("detail", was);
  }

  /**
   * Tampers with the audit log in SQL as someone with the database's rights could, runs the
   * verifier, and puts everything back: {@code alter} changes a row's detail, {@code delete}
   * removes it, {@code reinsert} puts it back changed with a recomputed plain hash, {@code
   * truncate} removes the last row and moves the head back to the one before. Returns what the
   * verifier said while the log was tampered with, and after it was restored.
   */
  @POST
  @Path("audit/{id}/{how}")
  public Map<String, Object> tamperAndRestore(
      @PathParam("id") long id, @PathParam("how") String how) {
    return tamper.tamperAndRestore(id, how);
  }

  @GET
  @Path("rows/{table}")
  public Map<String, Long> rows(@PathParam("table") String table) {
    if (!table.matches("[a-z_]+")) {
      throw new IllegalArgumentException(table);
    }
    return Map.of("rows", data.rows(table));
  }

  /** Row counts of every table: a refused request must leave them all as they were. */
  @GET
  @Path("rows")
  public Map<String, Long> allRows() {
    return data.allRows();
  }

  /**
   * The threads now inside the JSON parser: a body that made one loop would leave it there after
   * its request was answered.
   */
  @GET
  @Path("threads/json")
  public List<String> threadsInJsonParser() {
    return Thread.getAllStackTraces().entrySet().stream()
        .filter(
            entry ->
                java.util.Arrays.stream(entry.getValue())
                    .anyMatch(frame -> frame.getClassName().startsWith("org.eclipse.parsson")))
        .map(entry -> entry.getKey().getName())
        .toList();
  }

  /** The roles that must use two-factor on this node (comma-separated; empty: none). */
  @POST
  @Path("two-factor/required")
  public Map<String, String> requireTwoFactor(@QueryParam("roles") String roles) {
    java.util.Set<Role> required = java.util.EnumSet.noneOf(Role.class);
    if (roles != null && !roles.isBlank()) {
      for (String role : roles.split(",")) {
        required.add(Role.valueOf(role.trim()));
      }
    }
    twoFactorPolicy.override(required);
    return Map.of("roles", required.toString());
  }

  @DELETE
  @Path("two-factor/required")
  public void restoreTwoFactor() {
    twoFactorPolicy.restore();
  }

  @DELETE
  @Path("throttle")
  public void resetThrottle() {
    throttle.reset();
  }

  @POST
  @Path("retention")
  public Map<String, Integer> retention() {
    return Map.of("anonymised", retention.anonymiseDue());
  }
}
