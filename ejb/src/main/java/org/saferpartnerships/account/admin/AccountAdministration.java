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
import org.saferpartnerships.account.apitokens.PersonalAccessTokens;
import org.saferpartnerships.account.tokens.AccountTokens;
import org.saferpartnerships.account.tokens.TokenPurpose;
import org.saferpartnerships.account.twofactor.TwoFactorService;
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

  @EJB private TwoFactorService twoFactor;

  @EJB private PersonalAccessTokens apiTokens;

  @EJB private org.saferpartnerships.account.sso.SingleSignOnService singleSignOn;

  @Inject private AccountMail mail;

  @Inject private Event<AccountMail.LinkIssued> links;

  /** The accounts the caller manages, filtered and paged in the database, by name. */
  public Page<AccountSummary> list(@NotNull AccountFilter filter, @NotNull PageRequest page) {
    return new AccountListQuery(em, clock.instant()).list(manager(), filter, page);
  }

  public AccountSummary get(long id) {
    return AccountSummary.of(managed(id, manager()), clock.instant());
  }

  /** Invites a person: an account with no password, and a one-time link to choose one. */
  public InvitationSent invite(@NotNull @Valid Invitation invitation) {
    AccountManager manager = manager();
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
    singleSignOn.invited(email, manager.username());
    return sendLink(account, TokenPurpose.INVITATION, manager.username());
  }

  /** Sends an invited account a new link; the earlier one stops working. */
  public InvitationSent resendInvitation(long id) {
    AccountManager manager = manager();
    Account account = managed(id, manager);
    if (account.hasPassword() || account.getPasswordChangedAt() != null) {
      throw new ServiceException("account.notPending");
    }
    record(AuditAction.UPDATE, account, "invitation sent again");
    return sendLink(account, TokenPurpose.INVITATION, manager.username());
  }

  /** Changes an account's name, roles, organisations and lead. */
  public void change(long id, @NotNull @Valid AccountChange change) {
    AccountManager manager = manager();
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
    AccountManager manager = manager();
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
    AccountManager manager = manager();
    Account account = current(id, version, manager);
    if (account.getUsername().equals(manager.username())) {
      throw new ServiceException("account.self");
    }
    account.withdrawPassword(AccountService.unusableHash());
    flush(account);
    sessions.endQuietly(account.getUsername(), null, manager.username());
    int revoked = apiTokens.revokeAll(account, manager.username());
    record(
        AuditAction.UPDATE,
        account,
        "password withdrawn; " + revoked + " API tokens revoked; reset link sent");
    return sendLink(account, TokenPurpose.PASSWORD_RESET, manager.username());
  }

  /**
   * Ends every session, cached API credential and personal access token of the account; its
   * password stays.
   */
  public void endSessions(long id, long version) {
    AccountManager manager = manager();
    Account account = current(id, version, manager);
    account.endSessions();
    flush(account);
    sessions.endQuietly(account.getUsername(), null, manager.username());
    int revoked = apiTokens.revokeAll(account, manager.username());
    record(AuditAction.UPDATE, account, "sessions ended; " + revoked + " API tokens revoked");
  }

  /**
   * Removes the account's authenticator and recovery codes, for someone who lost their phone: the
   * next sign-in asks for the password alone, or to set two-factor up again where their roles need
   * it. Every session ends. Not for one's own account (another administrator must do it).
   */
  public void resetTwoFactor(long id, long version) {
    AccountManager manager = manager();
    Account account = current(id, version, manager);
    if (account.getUsername().equals(manager.username())) {
      throw new ServiceException("twoFactor.resetSelf");
    }
    if (!twoFactor.remove(account)) {
      throw new ServiceException("twoFactor.notOn");
    }
    account.endSessions();
    flush(account);
    sessions.endQuietly(account.getUsername(), null, manager.username());
    record(AuditAction.UPDATE, account, "two-factor authentication reset");
  }

  /** Whether the account has two-factor authentication on, for its administrator's page. */
  public boolean hasTwoFactor(long id) {
    return twoFactor.isEnabled(managed(id, manager()).getId());
  }

  /** The organisations a manager may give, for a form's choices: a lead's own, or any. */
  public List<OrganisationName> grantableOrganisations(String text) {
    AccountManager manager = manager();
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

  private AccountManager manager() {
    String username = caller.username();
    Account me =
        accounts.find(username).orElseThrow(() -> new ServiceException("account.lead.notYours"));
    if (me.getRoles().contains(Role.ADMIN)) {
      return new AccountManager(username, true, Set.of(), EnumSet.allOf(Role.class));
    }
    if (!me.isOrganisationLead()) {
      throw new ForbiddenException("account.lead.none");
    }
    Set<Role> grantable = EnumSet.noneOf(Role.class);
    grantable.addAll(me.getRoles());
    grantable.removeAll(NATIONAL);
    return new AccountManager(
        username, false, AccountManager.ids(me.getOrganisations()), grantable);
  }

  private Account managed(long id, AccountManager manager) {
    Account account = em.find(Account.class, id);
    if (account == null || !manager.mayManage(account)) {
      throw new NotFoundException("notFound.account", id);
    }
    return account;
  }

  private Account current(long id, long version, AccountManager manager) {
    Account account = managed(id, manager);
    if (account.getVersion() != version) {
      throw new ConflictException("stale.account");
    }
    return account;
  }

  private Set<Organisation> allowed(
      AccountManager manager, Set<Role> roles, Set<Long> organisationIds) {
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
    if (accounts.usableAdministrators(account.getId()) == 0) {
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
}
