package org.saferpartnerships.web.accounts;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.saferpartnerships.account.admin.AccountAdministration;
import org.saferpartnerships.account.admin.AccountChange;
import org.saferpartnerships.account.admin.AccountSummary;
import org.saferpartnerships.account.admin.Invitation;
import org.saferpartnerships.account.admin.InvitationSent;
import org.saferpartnerships.identity.Role;
import org.saferpartnerships.partnership.OrganisationName;
import org.saferpartnerships.web.Hidden;
import org.saferpartnerships.web.PageMessages;
import org.saferpartnerships.web.ShowsRefusal;

/**
 * Inviting a person (accounts/invite) and one account's page (accounts/account): its details, the
 * change of its name, roles, organisations and lead, and the actions on it. Organisations are found
 * by name and added to the chosen ones without the page reloading, so nothing typed is lost.
 */
@Named
@ViewScoped
public class AccountForm implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private transient AccountAdministration administration;

  private Boolean twoFactor;

  @Inject private transient PageMessages messages;

  private Long id;
  private AccountSummary account;
  private String email;
  private String displayName;
  private List<String> roles = new ArrayList<>();
  private boolean lead;
  private String language = "en";
  private final List<OrganisationName> chosen = new ArrayList<>();
  private List<OrganisationName> matches = List.of();
  private String organisationQuery;
  private String link;

  /** The account page: loads the account (404 if it is not one the caller manages). */
  public String load() {
    if (account != null && account.id() == (id == null ? -1 : id)) {
      return null; // a postback of the same view keeps what was typed
    }
    try {
      account = id == null ? null : administration.get(id);
    } catch (org.saferpartnerships.platform.errors.ServiceException missing) {
      account = null;
    }
    if (account == null) {
      return Hidden.notFound();
    }
    displayName = account.displayName();
    roles = account.roles().stream().map(Role::name).sorted().collect(Collectors.toList());
    lead = account.lead();
    chosen.clear();
    chosen.addAll(account.organisations());
    return null;
  }

  public void findOrganisations() {
    matches =
        organisationQuery == null || organisationQuery.isBlank()
            ? List.of()
            : administration.grantableOrganisations(organisationQuery.strip()).stream()
                .filter(o -> chosen.stream().noneMatch(c -> c.id() == o.id()))
                .toList();
  }

  public void choose(OrganisationName organisation) {
    if (chosen.stream().noneMatch(c -> c.id() == organisation.id())) {
      chosen.add(organisation);
    }
    matches = matches.stream().filter(m -> m.id() != organisation.id()).toList();
  }

  public void unchoose(OrganisationName organisation) {
    chosen.removeIf(c -> c.id() == organisation.id());
  }

  @ShowsRefusal
  public String invite() {
    InvitationSent sent =
        administration.invite(
            new Invitation(email, displayName, roleSet(), organisationIds(), lead, language));
    if (sent.mailed()) {
      messages.info("accounts.invited", sent.username());
      return "/accounts/account?faces-redirect=true&id=" + sent.accountId();
    }
    link = sent.link();
    id = sent.accountId();
    messages.info("accounts.invited.noMail", sent.username());
    return null;
  }

  @ShowsRefusal
  public String save() {
    administration.change(
        id, new AccountChange(displayName, roleSet(), organisationIds(), lead, account.version()));
    messages.info("accounts.saved", account.username());
    return "/accounts/account?faces-redirect=true&id=" + id;
  }

  @ShowsRefusal
  public String act(String action) {
    long version = account.version();
    InvitationSent sent = null;
    switch (action) {
      case "disable" -> administration.disable(id, version);
      case "enable" -> administration.enable(id, version);
      case "unlock" -> administration.unlock(id, version);
      case "endSessions" -> administration.endSessions(id, version);
      case "resetTwoFactor" -> administration.resetTwoFactor(id, version);
      case "reset" -> sent = administration.forceReset(id, version);
      case "resend" -> sent = administration.resendInvitation(id);
      default -> throw new IllegalArgumentException(action);
    }
    if (sent != null && !sent.mailed()) {
      link = sent.link();
      account = administration.get(id);
      messages.info("accounts.done.noMail." + action, account.username());
      return null;
    }
    messages.info("accounts.done." + action, account.username());
    return "/accounts/account?faces-redirect=true&id=" + id;
  }

  /** Whether the account has two-factor on (the reset button shows only then). */
  public boolean isTwoFactor() {
    if (twoFactor == null) {
      twoFactor = id != null && administration.hasTwoFactor(id);
    }
    return twoFactor;
  }

  /** The roles the caller may give, for the checkboxes. */
  public List<String> getRoleOptions() {
    return administration.grantableRoles().stream().map(Role::name).sorted().toList();
  }

  private Set<Role> roleSet() {
    Set<Role> set = EnumSet.noneOf(Role.class);
    roles.forEach(name -> set.add(Role.valueOf(name)));
    return set;
  }

  private Set<Long> organisationIds() {
    return chosen.stream()
        .map(OrganisationName::id)
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public AccountSummary getAccount() {
    return account;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public List<String> getRoles() {
    return roles;
  }

  public void setRoles(List<String> roles) {
    this.roles = roles == null ? new ArrayList<>() : new ArrayList<>(roles);
  }

  public boolean isLead() {
    return lead;
  }

  public void setLead(boolean lead) {
    this.lead = lead;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public List<OrganisationName> getChosen() {
    return chosen;
  }

  public List<OrganisationName> getMatches() {
    return matches;
  }

  public String getOrganisationQuery() {
    return organisationQuery;
  }

  public void setOrganisationQuery(String organisationQuery) {
    this.organisationQuery = organisationQuery;
  }

  /** A link to pass on by hand, when mail is off; shown once. */
  public String getLink() {
    return link;
  }
}
