package org.saferpartnerships.web.account;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.Principal;
import org.saferpartnerships.account.AccountService;
import org.saferpartnerships.identity.Role;

/** The signed-in user as the page header shows them, and signing out. */
@Named
@RequestScoped
public class CurrentUser {

  @Inject private SecurityContext securityContext;

  @Inject private ExternalContext external;

  @EJB private AccountService accounts;

  private String displayName;

  private Boolean manages;

  public boolean isSignedIn() {
    return securityContext.getCallerPrincipal() != null;
  }

  public String getDisplayName() {
    Principal caller = securityContext.getCallerPrincipal();
    if (displayName == null && caller != null) {
      displayName = accounts.displayName(caller.getName()).orElse(caller.getName());
    }
    return displayName;
  }

  /** Whether the user manages accounts: an administrator, or an organisation's lead. */
  public boolean isManagesAccounts() {
    if (manages == null) {
      Principal caller = securityContext.getCallerPrincipal();
      manages =
          caller != null
              && (has(Role.Names.ADMIN)
                  || accounts
                      .find(caller.getName())
                      .map(org.saferpartnerships.account.Account::isOrganisationLead)
                      .orElse(false));
    }
    return manages;
  }

  public boolean isCoordinator() {
    return has(Role.Names.CSP_COORDINATOR);
  }

  /** Whether the user works on routed items (coordinators, partner officers, PCC reviewers). */
  public boolean isWorksOnItems() {
    return isCoordinator() || has(Role.Names.PARTNER_OFFICER) || has(Role.Names.PCC_REVIEWER);
  }

  /** Whether the user runs consultations (Home Office analysts, PCC offices, administrators). */
  public boolean isConsults() {
    return has(Role.Names.HOME_OFFICE_ANALYST) || has(Role.Names.PCC_REVIEWER) || isAdmin();
  }

  /** Whether the user reviews for a policing body (a PCC office). */
  public boolean isReviewer() {
    return has(Role.Names.PCC_REVIEWER);
  }

  /** Whether the user works with submissions (coordinators, PCC reviewers, administrators). */
  public boolean isSubmissions() {
    return isCoordinator() || isReviewer() || isAdmin();
  }

  /** Whether the user reads accountability dashboards (PCC offices, the Home Office, admins). */
  public boolean isDashboards() {
    return isReviewer() || has(Role.Names.HOME_OFFICE_ANALYST) || isAdmin();
  }

  /** Whether the user reads the grant register (everyone but the data protection officer). */
  public boolean isGrants() {
    return isWorksOnItems() || isDashboards();
  }

  public boolean isAdmin() {
    return has(Role.Names.ADMIN);
  }

  /**
   * Whether the caller holds a role. On an error page (a forward after a refusal) the container
   * answers no for every role, so the groups kept in the session at sign-in are asked as well.
   */
  private boolean has(String role) {
    if (securityContext.isCallerInRole(role)) {
      return true;
    }
    // the context of this rendering (an error page is rendered in a second one), not the injected
    jakarta.faces.context.FacesContext faces =
        jakarta.faces.context.FacesContext.getCurrentInstance();
    Object session = faces == null ? null : faces.getExternalContext().getSession(false);
    Object caller =
        session == null
            ? null
            : ((jakarta.servlet.http.HttpSession) session).getAttribute(SignedInCaller.ATTRIBUTE);
    return caller instanceof SignedInCaller signedIn && signedIn.groups().contains(role);
  }

  public void signOut() throws IOException {
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    try {
      request.logout();
    } catch (jakarta.servlet.ServletException e) {
      throw new IllegalStateException(e);
    }
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    external.redirect(request.getContextPath() + "/login.xhtml?signedOut=true");
  }
}
