package org.saferpartnerships.account.sso;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.saferpartnerships.account.Account;
import org.saferpartnerships.account.AccountSelfService;
import org.saferpartnerships.account.AccountService;
import org.saferpartnerships.audit.AuditAction;
import org.saferpartnerships.audit.AuditLog;
import org.saferpartnerships.identity.CallerScope;
import org.saferpartnerships.identity.Role;
import org.saferpartnerships.platform.errors.ConflictException;
import org.saferpartnerships.platform.errors.NotFoundException;
import org.saferpartnerships.platform.errors.ServiceException;
import org.saferpartnerships.platform.persistence.Page;
import org.saferpartnerships.platform.persistence.PageRequest;

/**
 * Who a sign-in through the organisation's OpenID Connect provider is here. An identity linked
 * before signs in to its account. A first sign-in is linked to the account whose e-mail address the
 * provider has verified (an invited account too), never to one the provider has not verified; with
 * no such account the person waits for an administrator, who invites them with roles and
 * organisations or refuses them. The account's own roles apply: nothing the provider says about
 * roles or groups is read. Links, requests and refusals are audited.
 */
@Stateless
@PermitAll
public class SingleSignOnService {

  /** The subject of sign-in requests in the audit log. */
  public static final String SUBJECT = "SIGN_IN_REQUEST";

  @PersistenceContext private EntityManager em;

  @Inject private Clock clock;

  @Inject private CallerScope caller;

  @EJB private AccountService accounts;

  @EJB private AuditLog audit;

  /** E-mail domains the provider may vouch for (comma-separated); none set: any it verifies. */
  @Inject
  @ConfigProperty(name = "sp.sso.email-domains")
  Optional<String> emailDomains;

  /** Where a sign-in through the provider ends. */
  public SsoOutcome signIn(ProviderClaims claims) {
    if (!wellFormed(claims)) {
      return SsoOutcome.refused("failed");
    }
    Instant now = clock.instant();
    Optional<ExternalIdentity> linked = identity(claims.issuer(), claims.subject());
    if (linked.isPresent()) {
      Account account = linked.get().getAccount();
      if (!account.isEnabled() || account.isLockedAt(now)) {
        return SsoOutcome.refused("disabled");
      }
      linked.get().used(now);
      accounts.recordSignIn(account);
      return SsoOutcome.signedIn(account.getUsername(), account.getRoles());
    }
    String email = claims.email() == null ? "" : claims.email().trim().toLowerCase(Locale.ROOT);
    if (!claims.emailVerified() || email.isEmpty() || email.length() > 254) {
      return SsoOutcome.refused("unverified");
    }
    if (!domainAllowed(email)) {
      return SsoOutcome.refused("domain");
    }
    Optional<Account> found = accounts.findByEmail(email);
    if (found.isPresent()) {
      return link(found.get(), claims, email, now);
    }
    return ask(claims, email, now);
  }

  private SsoOutcome link(Account account, ProviderClaims claims, String email, Instant now) {
    if (!account.isEnabled()) {
      return SsoOutcome.refused("disabled");
    }
    long others =
        em.createQuery(
                "SELECT COUNT(i) FROM ExternalIdentity i WHERE i.account = :account"
                    + " AND i.issuer = :issuer",
                Long.class)
            .setParameter("account", account)
            .setParameter("issuer", claims.issuer())
            .getSingleResult();
    if (others > 0) {
      // another person at the same provider already signs in to this account
      return SsoOutcome.refused("linkedElsewhere");
    }
    em.persist(new ExternalIdentity(claims.issuer(), claims.subject(), account, email, now));
    decide(claims, SignInRequest.Status.APPROVED, account.getUsername(), now);
    accounts.recordSignIn(account);
    audit.record(
        account.getUsername(),
        AuditAction.UPDATE,
        AccountSelfService.SUBJECT,
        account.getUsername(),
        null,
        "linked to single sign-on at " + claims.issuer());
    return SsoOutcome.signedIn(account.getUsername(), account.getRoles());
  }

  private SsoOutcome ask(ProviderClaims claims, String email, Instant now) {
    String name = name(claims, email);
    Optional<SignInRequest> asked = request(claims.issuer(), claims.subject());
    if (asked.isPresent()) {
      SignInRequest request = asked.get();
      if (request.getStatus() == SignInRequest.Status.REFUSED) {
        return SsoOutcome.refused("refusedBefore");
      }
      if (request.getStatus() == SignInRequest.Status.APPROVED) {
        // approved, but the account it was given has gone: ask again
        request.decide(SignInRequest.Status.PENDING, null, null);
      }
      request.askedAgain(email, name, now);
      return SsoOutcome.waiting();
    }
    em.persist(new SignInRequest(claims.issuer(), claims.subject(), email, name, now));
    audit.record(
        email, AuditAction.CREATE, SUBJECT, email, null, "asked to join through single sign-on");
    return SsoOutcome.waiting();
  }

  /** The requests of one status, newest first, paged in the database. */
  @RolesAllowed(Role.Names.ADMIN)
  public Page<SignInRequestView> requests(SignInRequest.Status status, PageRequest page) {
    long total =
        em.createQuery("SELECT COUNT(r) FROM SignInRequest r WHERE r.status = :status", Long.class)
            .setParameter("status", status)
            .getSingleResult();
    return new Page<>(
        em.createQuery(
                "SELECT r FROM SignInRequest r WHERE r.status = :status"
                    + " ORDER BY r.lastRequestedAt DESC, r.id DESC",
                SignInRequest.class)
            .setParameter("status", status)
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultStream()
            .map(SignInRequestView::of)
            .toList(),
        total);
  }

  @RolesAllowed(Role.Names.ADMIN)
  public SignInRequestView get(long id) {
    return SignInRequestView.of(find(id));
  }

  /** Refuses a waiting request: the person is told so when they try again. */
  @RolesAllowed(Role.Names.ADMIN)
  public SignInRequestView refuse(long id, long version) {
    SignInRequest request = find(id);
    if (request.getVersion() != version) {
      throw new ConflictException("stale.signInRequest");
    }
    if (request.getStatus() != SignInRequest.Status.PENDING) {
      throw new ServiceException("signInRequest.decided");
    }
    request.decide(SignInRequest.Status.REFUSED, caller.username(), clock.instant());
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw new ConflictException("stale.signInRequest");
    }
    audit.record(
        caller.username(),
        AuditAction.UPDATE,
        SUBJECT,
        request.getEmail(),
        null,
        "refused the request to join through single sign-on");
    return SignInRequestView.of(request);
  }

  /** Marks the waiting requests of an address approved: it has been invited. */
  public void invited(String email, String by) {
    em.createQuery(
            "UPDATE SignInRequest r SET r.status = :approved, r.decidedBy = :by,"
                + " r.decidedAt = :now, r.version = r.version + 1"
                + " WHERE r.email = :email AND r.status = :pending")
        .setParameter("approved", SignInRequest.Status.APPROVED)
        .setParameter("by", by)
        .setParameter("now", clock.instant())
        .setParameter("email", email.trim().toLowerCase(Locale.ROOT))
        .setParameter("pending", SignInRequest.Status.PENDING)
        .executeUpdate();
  }

  private void decide(ProviderClaims claims, SignInRequest.Status status, String by, Instant at) {
    request(claims.issuer(), claims.subject())
        .filter(r -> r.getStatus() == SignInRequest.Status.PENDING)
        .ifPresent(r -> r.decide(status, by, at));
  }

  private SignInRequest find(long id) {
    SignInRequest request = em.find(SignInRequest.class, id);
    if (request == null) {
      throw new NotFoundException("notFound.signInRequest", id);
    }
    return request;
  }

  private Optional<ExternalIdentity> identity(String issuer, String subject) {
    return em.createQuery(
            "SELECT i FROM ExternalIdentity i JOIN FETCH i.account WHERE i.issuer = :issuer"
                + " AND i.subject = :subject",
            ExternalIdentity.class)
        .setParameter("issuer", issuer)
        .setParameter("subject", subject)
        .getResultStream()
        .findFirst();
  }

  private Optional<SignInRequest> request(String issuer, String subject) {
    return em.createQuery(
            "SELECT r FROM SignInRequest r WHERE r.issuer = :issuer AND r.subject = :subject",
            SignInRequest.class)
        .setParameter("issuer", issuer)
        .setParameter("subject", subject)
        .getResultStream()
        .findFirst();
  }

  boolean domainAllowed(String email) {
    Set<String> domains =
        emailDomains
            .map(
                text ->
                    Arrays.stream(text.split(","))
                        .map(d -> d.trim().toLowerCase(Locale.ROOT))
                        .filter(d -> !d.isEmpty())
                        .collect(Collectors.toSet()))
            .orElse(Set.of());
    return domains.isEmpty() || domains.contains(email.substring(email.indexOf('@') + 1));
  }

  private static boolean wellFormed(ProviderClaims claims) {
    return claims != null
        && claims.issuer() != null
        && !claims.issuer().isBlank()
        && claims.issuer().length() <= 255
        && claims.subject() != null
        && !claims.subject().isBlank()
        && claims.subject().length() <= 255;
  }

  private static String name(ProviderClaims claims, String email) {
    String name = claims.name() == null || claims.name().isBlank() ? email : claims.name().trim();
    return name.length() > 200 ? name.substring(0, 200) : name;
  }
}
