package org.saferpartnerships.account.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.saferpartnerships.account.Account;
import org.saferpartnerships.account.AccountMail;
import org.saferpartnerships.account.AccountSelfService;
import org.saferpartnerships.account.AccountService;
import org.saferpartnerships.account.tokens.AccountTokens;
import org.saferpartnerships.account.tokens.TokenPurpose;
import org.saferpartnerships.audit.AuditAction;
import org.saferpartnerships.audit.AuditLog;
import org.saferpartnerships.identity.CallerScope;
import org.saferpartnerships.identity.Role;
import org.saferpartnerships.partnership.OrganisationName;
import org.saferpartnerships.partnership.registry.Organisation;
import org.saferpartnerships.platform.errors.ConflictException;
import org.saferpartnerships.platform.errors.ForbiddenException;
import org.saferpartnerships.platform.errors.NotFoundException;
import org.saferpartnerships.platform.errors.ServiceException;
import org.saferpartnerships.platform.persistence.Page;
import org.saferpartnerships.platform.persistence.PageRequest;

/**
 * Accounts given and managed without SQL: invite a person by e-mail with roles and organisations,
 * change them, disable and enable, unlock, force a password reset, end their sessions. An
 * administrator manages every account; an organisation's lead (a CSP coordinator lead, a PCC office
 * manager) only the accounts of the organisations they act for, never administrators, and grants
 * only roles they hold and organisations they act for. Every change is audited (who, what, to whom)
 * and takes effect on the account's next request, API credentials included, because it changes the
 * stamp each session and cached credential is checked against.
 */
@Stateless
@RolesAllowed({
  Role.Names.ADMIN,
  Role.Names.CSP_COORDINATOR,
  Role.Names.PCC_REVIEWER,
  Role.Names.PARTNER_OFFICER
})
public class AccountAdministration {

  /** Roles whose holders act for no organisation, and which no lead may grant. */
  static final Set<Role> NATIONAL =
      EnumSet.of(Role.ADMIN, Role.DATA_PROTECTION_OFFICER, Role.HOME_OFFICE_ANALYST);

  @PersistenceContext private EntityManager em;

  @Inject private Clock clock;

  @Inject private CallerScope caller;

  @EJB private AccountService accounts;

  @EJB private AccountTokens tokens;

  @EJB private AuditLog audit;

  @EJB private org.saferpartnerships.account.sessions.SessionRegistry sessions;

  @Inject private AccountMail mail;

  @Inject private Event<AccountMail.LinkIssued> links;

  /** Who is asking: an administrator, or a lead with their organisations and grantable roles. */
  private record Manager(String username, boolean admin, Set<Long> organisations, Set<Role> roles) {

    boolean mayManage(Account account) {
      if (admin) {
        return true;
      }
      Set<Long> theirs = ids(account.getOrganisations());
      return !theirs.isEmpty()
          && organisations.containsAll(theirs)
          && account.getRoles().stream().noneMatch(NATIONAL::contains);
    }
  }

  /** The accounts the caller manages, filtered and paged in the database, by name. */
  public Page<AccountSummary> list(@NotNull AccountFilter filter, @NotNull PageRequest page) {
    Manager manager = manager();
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    if (filter.text() != null && !filter.text().isBlank()) {
      where.append(" AND (LOWER(a.displayName) LIKE :text OR a.email LIKE :text)");
    }
    if (filter.role() != null) {
      where.append(" AND :role MEMBER OF a.roles");
    }
    if (filter.status() != null) {
      where.append(
          switch (filter.status()) {
            case DISABLED -> " AND a.enabled = FALSE";
            case LOCKED -> " AND a.enabled = TRUE AND a.lockedUntil > :now";
            case INVITED ->
                " AND a.enabled = TRUE AND a.passwordHash LIKE '!%' AND a.passwordChangedAt IS NULL";
            case RESET_REQUIRED ->
                " AND a.enabled = TRUE AND a.passwordHash LIKE '!%'"
                    + " AND a.passwordChangedAt IS NOT NULL";
            case ACTIVE ->
                " AND a.enabled = TRUE AND a.passwordHash NOT LIKE '!%'"
                    + " AND (a.lockedUntil IS NULL OR a.lockedUntil <= :now)";
          });
    }
    if (!manager.admin()) {
      where.append(" AND a.id IN :managed");
    }
    TypedQuery<Account> query =
        bind(
            em.createQuery(
                "SELECT a FROM Account a" + where + " ORDER BY a.displayName, a.id", Account.class),
            filter,
            manager);
    TypedQuery<Long> count =
        bind(em.createQuery("SELECT COUNT(a) FROM Account a" + where, Long.class), filter, manager);
    List<Account> found =
        query
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .setHint("eclipselink.batch", "a.organisations")
            .getResultList();
    Instant now = clock.instant();
    return new Page<>(found.stream().map(a -> summary(a, now)).toList(), count.getSingleResult());
  }

  private <T> TypedQuery<T> bind(TypedQuery<T> query, AccountFilter filter, Manager manager) {
    if (filter.text() != null && !filter.text().isBlank()) {
      query.setParameter(
          "text",
          org.saferpartnerships.platform.persistence.JpqlConditions.containing(
              filter.text().toLowerCase(Locale.ROOT)));
    }
    if (filter.role() != null) {
      query.setParameter("role", filter.role());
    }
    if (filter.status() == AccountStatus.LOCKED || filter.status() == AccountStatus.ACTIVE) {
      query.setParameter("now", clock.instant());
    }
    if (!manager.admin()) {
      query.setParameter("managed", managedIds(manager));
    }
    return query;
  }

  /**
   * The accounts a lead manages: those acting only for the lead's organisations, holding no
   * national role. Read in three plain queries (EclipseLink recurses without end on subqueries over
   * the account's element collection); a lead's organisations hold tens of accounts.
   */
  private List<Long> managedIds(Manager manager) {
    if (manager.organisations().isEmpty()) {
      return List.of(-1L);
    }
    Set<Long> ids =
        new HashSet<>(
            em.createQuery(
                    "SELECT DISTINCT a.id FROM Account a JOIN a.organisations o WHERE o.id IN :orgs",
                    Long.class)
                .setParameter("orgs", manager.organisations())
                .getResultList());
    if (ids.isEmpty()) {
      return List.of(-1L);
    }
    ids.removeAll(
        em.createQuery(
                "SELECT DISTINCT a.id FROM Account a JOIN a.organisations o WHERE a.id IN :ids"
                    + " AND o.id NOT IN :orgs",
                Long.class)
            .setParameter("ids", ids)
            .setParameter("orgs", manager.organisations())
            .getResultList());
    ids.removeAll(
        em.createQuery(
                "SELECT DISTINCT a.id FROM Account a JOIN a.roles r WHERE a.id IN :ids"
                    + " AND r IN :national",
                Long.class)
            .setParameter("ids", ids.isEmpty() ? Set.of(-1L) : ids)
            .setParameter("national", NATIONAL)
            .getResultList());
    return ids.isEmpty() ? List.of(-1L) : List.copyOf(ids);
  }

  public AccountSummary get(long id) {
    return summary(managed(id, manager()), clock.instant());
  }

  /** Invites a person: an account with no password, and a one-time link to choose one. */
  public InvitationSent invite(@NotNull @Valid Invitation invitation) {
    Manager manager = manager();
    String email = invitation.email().trim().toLowerCase(Locale.ROOT);
    if (accounts.find(email).isPresent() || accounts.findByEmail(email).isPresent()) {
      throw new ConflictException("account.exists", email);
    }
    Set<Organisation> organisations =
        allowed(manager, invitation.roles(), invitation.organisationIds());
    Instant now = clock.instant();
    Account account =
        Account.invited(
            email,
            invitation.displayName().strip(),
            now,
            manager.username(),
            AccountService.unusableHash());
    account.replaceRoles(invitation.roles());
    account.replaceOrganisations(organisations);
    account.makeLead(invitation.lead());
    account.preferLanguage("cy".equals(invitation.language()) ? "cy" : "en");
    em.persist(account);
    em.flush();
    record(
        AuditAction.CREATE,
        account,
        "invited as " + describe(invitation.roles(), organisations, invitation.lead()));
    return sendLink(account, TokenPurpose.INVITATION, manager.username());
  }

  /** Sends an invited account a new link; the earlier one stops working. */
  public InvitationSent resendInvitation(long id) {
    Manager manager = manager();
    Account account = managed(id, manager);
    if (account.hasPassword() || account.getPasswordChangedAt() != null) {
      throw new ServiceException("account.notPending");
    }
    record(AuditAction.UPDATE, account, "invitation sent again");
    return sendLink(account, TokenPurpose.INVITATION, manager.username());
  }

  /** Changes an account's name, roles, organisations and lead. */
  public void change(long id, @NotNull @Valid AccountChange change) {
    Manager manager = manager();
    Account account = current(id, change.version(), manager);
    Set<Organisation> organisations = allowed(manager, change.roles(), change.organisationIds());
    if (account.getRoles().contains(Role.ADMIN) && !change.roles().contains(Role.ADMIN)) {
      if (account.getUsername().equals(manager.username())) {
        throw new ServiceException("account.self");
      }
      requireAnotherAdministrator(account);
    }
    String before =
        describe(account.getRoles(), account.getOrganisations(), account.isOrganisationLead());
    account.rename(change.displayName().strip());
    account.replaceRoles(change.roles());
    account.replaceOrganisations(organisations);
    account.makeLead(change.lead());
    flush(account);
    record(
        AuditAction.UPDATE,
        account,
        "from " + before + " to " + describe(change.roles(), organisations, change.lead()));
  }

  public void disable(long id, long version) {
    Manager manager = manager();
    Account account = current(id, version, manager);
    if (account.getUsername().equals(manager.username())) {
      throw new ServiceException("account.self");
    }
    if (account.getRoles().contains(Role.ADMIN)) {
      requireAnotherAdministrator(account);
    }
    account.disable();
    flush(account);
    sessions.endQuietly(account.getUsername(), null, manager.username());
    record(AuditAction.UPDATE, account, "disabled");
  }

  public void enable(long id, long version) {
    Account account = current(id, version, manager());
    account.enable();
    flush(account);
    record(AuditAction.UPDATE, account, "enabled");
  }

  public void unlock(long id, long version) {
    Account account = current(id, version, manager());
    account.unlock();
    flush(account);
    record(AuditAction.UPDATE, account, "unlocked");
  }

  /** Withdraws the password (every session ends) and sends a link to choose a new one. */
  public InvitationSent forceReset(long id, long version) {
    Manager manager = manager();
    Account account = current(id, version, manager);
    if (account.getUsername().equals(manager.username())) {
      throw new ServiceException("account.self");
    }
    account.withdrawPassword(AccountService.unusableHash());
    flush(account);
    sessions.endQuietly(account.getUsername(), null, manager.username());
    record(AuditAction.UPDATE, account, "password withdrawn; reset link sent");
    return sendLink(account, TokenPurpose.PASSWORD_RESET, manager.username());
  }

  /** Ends every session and cached API credential of the account; its password stays. */
  public void endSessions(long id, long version) {
    Manager manager = manager();
    Account account = current(id, version, manager);
    account.endSessions();
    flush(account);
    sessions.endQuietly(account.getUsername(), null, manager.username());
    record(AuditAction.UPDATE, account, "sessions ended");
  }

  /** The organisations a manager may give, for a form's choices: a lead's own, or any. */
  public List<OrganisationName> grantableOrganisations(String text) {
    Manager manager = manager();
    String like =
        org.saferpartnerships.platform.persistence.JpqlConditions.containing(
            text == null ? "" : text.toLowerCase(Locale.ROOT));
    TypedQuery<OrganisationName> query =
        em.createQuery(
                "SELECT NEW org.saferpartnerships.partnership.OrganisationName(o.id, o.name,"
                    + " o.nameCy) FROM Organisation o WHERE LOWER(o.name) LIKE :text"
                    + (manager.admin() ? "" : " AND o.id IN :orgs")
                    + " ORDER BY o.name",
                OrganisationName.class)
            .setParameter("text", like)
            .setMaxResults(50);
    if (!manager.admin()) {
      query.setParameter("orgs", manager.organisations());
    }
    return query.getResultList();
  }

  /** The roles a manager may give. */
  public Set<Role> grantableRoles() {
    Set<Role> roles = manager().roles();
    return roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
  }

  private InvitationSent sendLink(Account account, TokenPurpose purpose, String by) {
    String token = tokens.issue(account, purpose, by);
    links.fire(
        new AccountMail.LinkIssued(
            account.getEmail(),
            account.getDisplayName(),
            purpose,
            token,
            "cy".equals(account.getPreferredLanguage()),
            displayNameOf(by)));
    boolean mailed = mail.sends();
    return new InvitationSent(
        account.getId(), account.getUsername(), mailed, mailed ? null : mail.link(token));
  }

  private String displayNameOf(String username) {
    return accounts.displayName(username).orElse(username);
  }

  private Manager manager() {
    String username = caller.username();
    Account me =
        accounts.find(username).orElseThrow(() -> new ServiceException("account.lead.notYours"));
    if (me.getRoles().contains(Role.ADMIN)) {
      return new Manager(username, true, Set.of(), EnumSet.allOf(Role.class));
    }
    if (!me.isOrganisationLead()) {
      throw new ForbiddenException("account.lead.none");
    }
    Set<Role> grantable = EnumSet.noneOf(Role.class);
    grantable.addAll(me.getRoles());
    grantable.removeAll(NATIONAL);
    return new Manager(username, false, ids(me.getOrganisations()), grantable);
  }

  private Account managed(long id, Manager manager) {
    Account account = em.find(Account.class, id);
    if (account == null || !manager.mayManage(account)) {
      throw new NotFoundException("notFound.account", id);
    }
    return account;
  }

  private Account current(long id, long version, Manager manager) {
    Account account = managed(id, manager);
    if (account.getVersion() != version) {
      throw new ConflictException("stale.account");
    }
    return account;
  }

  private Set<Organisation> allowed(Manager manager, Set<Role> roles, Set<Long> organisationIds) {
    if (roles.isEmpty()) {
      throw new ServiceException("account.rolesRequired");
    }
    if (!manager.roles().containsAll(roles)
        || !manager.admin() && !manager.organisations().containsAll(organisationIds)) {
      throw new ServiceException("account.lead.beyondOwn");
    }
    boolean national = roles.stream().allMatch(NATIONAL::contains);
    if (organisationIds.isEmpty() && !national) {
      throw new ServiceException("account.organisationsRequired");
    }
    Set<Organisation> organisations = new HashSet<>();
    for (long id : organisationIds) {
      Organisation organisation = em.find(Organisation.class, id);
      if (organisation == null) {
        throw new ServiceException("account.organisation.unknown", id);
      }
      organisations.add(organisation);
    }
    return organisations;
  }

  private void requireAnotherAdministrator(Account account) {
    long others =
        em.createQuery(
                "SELECT COUNT(a) FROM Account a WHERE :admin MEMBER OF a.roles"
                    + " AND a.enabled = TRUE AND a.passwordHash NOT LIKE '!%' AND a.id <> :id",
                Long.class)
            .setParameter("admin", Role.ADMIN)
            .setParameter("id", account.getId())
            .getSingleResult();
    if (others == 0) {
      throw new ConflictException("account.lastAdministrator");
    }
  }

  private void flush(Account account) {
    try {
      em.flush();
    } catch (jakarta.persistence.OptimisticLockException e) {
      throw new ConflictException("stale.account");
    }
  }

  private void record(AuditAction action, Account account, String detail) {
    audit.record(
        caller.username(),
        action,
        AccountSelfService.SUBJECT,
        account.getUsername(),
        null,
        detail.length() > 1000 ? detail.substring(0, 1000) : detail);
  }

  private static String describe(Set<Role> roles, Set<Organisation> organisations, boolean lead) {
    return roles.stream().map(Role::name).sorted().collect(Collectors.joining("+"))
        + (lead ? " (lead)" : "")
        + " for ["
        + organisations.stream()
            .map(Organisation::getName)
            .sorted()
            .collect(Collectors.joining(", "))
        + "]";
  }

  static AccountStatus status(Account account, Instant now) {
    if (!account.isEnabled()) {
      return AccountStatus.DISABLED;
    }
    if (!account.hasPassword()) {
      return account.getPasswordChangedAt() == null
          ? AccountStatus.INVITED
          : AccountStatus.RESET_REQUIRED;
    }
    return account.isLockedAt(now) ? AccountStatus.LOCKED : AccountStatus.ACTIVE;
  }

  private static AccountSummary summary(Account a, Instant now) {
    return new AccountSummary(
        a.getId(),
        a.getUsername(),
        a.getDisplayName(),
        a.getEmail(),
        a.getRoles(),
        a.getOrganisations().stream()
            .map(o -> new OrganisationName(o.getId(), o.getName(), o.getNameCy()))
            .sorted(Comparator.comparing(OrganisationName::name))
            .toList(),
        a.isOrganisationLead(),
        status(a, now),
        a.getCreatedAt(),
        a.getInvitedBy(),
        a.getLastLoginAt(),
        a.getFailedAttempts(),
        a.getLastFailedAt(),
        a.getLockedUntil(),
        a.getPasswordChangedAt(),
        a.getPreferredLanguage(),
        a.getVersion());
  }

  private static Set<Long> ids(Set<Organisation> organisations) {
    return organisations.stream().map(Organisation::getId).collect(Collectors.toSet());
  }
}
