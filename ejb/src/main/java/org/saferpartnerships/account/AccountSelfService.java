package org.saferpartnerships.account;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.saferpartnerships.account.password.PasswordPolicy;
import org.saferpartnerships.account.tokens.AccountToken;
import org.saferpartnerships.account.tokens.AccountTokens;
import org.saferpartnerships.account.tokens.TokenPurpose;
import org.saferpartnerships.audit.AuditAction;
import org.saferpartnerships.audit.AuditLog;
import org.saferpartnerships.identity.CallerScope;
import org.saferpartnerships.platform.errors.NotFoundException;
import org.saferpartnerships.platform.errors.ServiceException;

/**
 * What people do with their own account: choose a password through a one-time link (an invitation,
 * a reset, the first administrator's), change it while signed in, or ask for a reset link when they
 * have forgotten it. Each new password meets {@link PasswordPolicy}; each change is audited and
 * ends the account's other sessions (the password is part of every session's stamp).
 */
@Stateless
@PermitAll
public class AccountSelfService {

  /** The subject of account entries in the audit log (the account's username is the reference). */
  public static final String SUBJECT = "ACCOUNT";

  /** How often a forgotten-password link is sent to one address at most. */
  static final Duration RESET_INTERVAL = Duration.ofMinutes(5);

  @Inject private Clock clock;

  @Inject private CallerScope caller;

  @EJB private AccountService accounts;

  @EJB private AccountTokens tokens;

  @EJB private AuditLog audit;

  @Inject private Event<AccountMail.LinkIssued> links;

  @Inject
  @ConfigProperty(name = "sp.password.min-length", defaultValue = "12")
  private int minLength;

  /** Who a still usable link is for, and why, for the page that uses it. */
  public record PendingLink(String username, String displayName, TokenPurpose purpose)
      implements java.io.Serializable {}

  public PendingLink link(String token) {
    AccountToken found =
        tokens.usable(token).orElseThrow(() -> new ServiceException("account.link.invalid"));
    Account account = found.getAccount();
    return new PendingLink(account.getUsername(), account.getDisplayName(), found.getPurpose());
  }

  /** Chooses a password with a one-time link; the link is used up. */
  public String setPassword(String token, String password, String repeat) {
    PendingLink pending = link(token);
    Account account = accounts.find(pending.username()).orElseThrow();
    check(account, password, repeat);
    tokens.redeem(token, EnumSet.allOf(TokenPurpose.class));
    account.setPassword(accounts.hash(password), clock.instant());
    audit.record(
        account.getUsername(),
        AuditAction.UPDATE,
        SUBJECT,
        account.getUsername(),
        null,
        "password set with a " + pending.purpose() + " link");
    return account.getUsername();
  }

  /** Changes the signed-in caller's password; the current one is required. */
  public void changePassword(String current, String password, String repeat) {
    String username = caller.username();
    if (username == null) {
      throw new NotFoundException("notFound.account", "");
    }
    Account account = accounts.find(username).orElseThrow();
    if (!accounts.matches(account, current)) {
      throw new ServiceException("password.wrongCurrent");
    }
    check(account, password, repeat);
    account.setPassword(accounts.hash(password), clock.instant());
    audit.record(username, AuditAction.UPDATE, SUBJECT, username, null, "password changed");
  }

  /**
   * Sends a reset link to the account with this e-mail address, if there is an enabled one and it
   * was not sent one in the last five minutes. The caller is told the same whatever happens, so
   * that the answer says nothing of who has an account.
   */
  public void requestReset(String email) {
    String address = email == null ? "" : email.trim().toLowerCase(java.util.Locale.ROOT);
    if (address.isEmpty() || address.length() > 254) {
      return;
    }
    Optional<Account> found = accounts.findByEmail(address).filter(Account::isEnabled);
    if (found.isEmpty()) {
      return;
    }
    Account account = found.get();
    Instant now = clock.instant();
    boolean recent =
        tokens
            .lastIssued(account, TokenPurpose.PASSWORD_RESET)
            .map(last -> last.isAfter(now.minus(RESET_INTERVAL)))
            .orElse(false);
    if (recent) {
      return;
    }
    String token = tokens.issue(account, TokenPurpose.PASSWORD_RESET, account.getUsername());
    links.fire(
        new AccountMail.LinkIssued(
            account.getEmail(),
            account.getDisplayName(),
            TokenPurpose.PASSWORD_RESET,
            token,
            "cy".equals(account.getPreferredLanguage()),
            account.getUsername()));
    audit.record(
        AuditLog.PUBLIC,
        AuditAction.UPDATE,
        SUBJECT,
        account.getUsername(),
        null,
        "password reset link sent on request");
  }

  private void check(Account account, String password, String repeat) {
    if (password == null || !password.equals(repeat)) {
      throw new ServiceException("password.mismatch");
    }
    Optional<ServiceException> refusal =
        new PasswordPolicy(minLength)
            .refusal(
                password,
                List.of(
                    account.getUsername(),
                    account.getDisplayName(),
                    account.getEmail() == null ? "" : account.getEmail()));
    if (refusal.isPresent()) {
      throw refusal.get();
    }
  }
}
