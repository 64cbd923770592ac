package org.saferpartnerships.account.bootstrap;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Locale;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.saferpartnerships.account.Account;
import org.saferpartnerships.account.AccountMail;
import org.saferpartnerships.account.AccountSelfService;
import org.saferpartnerships.account.AccountService;
import org.saferpartnerships.account.tokens.AccountTokens;
import org.saferpartnerships.account.tokens.TokenPurpose;
import org.saferpartnerships.audit.AuditAction;
import org.saferpartnerships.audit.AuditLog;
import org.saferpartnerships.identity.Role;
import org.saferpartnerships.platform.startup.DataLoaded;

/**
 * The first start of an installation with nobody in it. With {@code SP_ADMIN_EMAIL} set it creates
 * that administrator, with no password, and sends a one-time link to choose one (with mail off, the
 * link is written to the log). Without it, the log says how to create one. On a restart, or on a
 * second node, an administrator already exists and nothing happens; an administrator who has not
 * used the link when it expires gets a new one on the next start. Two nodes starting at once are
 * kept from creating two by the unique username.
 */
@Stateless
public class FirstAdministrator {

  private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

  @PersistenceContext private EntityManager em;

  @Inject private Clock clock;

  @EJB private AccountService accounts;

  @EJB private AccountTokens tokens;

  @EJB private AuditLog audit;

  @Inject private Event<AccountMail.LinkIssued> links;

  @Inject
  @ConfigProperty(name = "sp.admin-email")
  private java.util.Optional<String> adminEmail;

  public void onStart(@Observes DataLoaded loaded) {
    long usable = accounts.usableAdministrators(null);
    if (usable > 0) {
      return;
    }
    String email = adminEmail.map(text -> text.trim().toLowerCase(Locale.ROOT)).orElse("");
    if (email.isEmpty() || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      LOG.warning(
          "No administrator can sign in. To create the first one, set SP_ADMIN_EMAIL to their"
              + " e-mail address (and SP_MAIL_* to send them the link, or read it in this log) and"
              + " restart: they are sent a one-time link to choose their password.");
      return;
    }
    Account admin = accounts.find(email).orElseGet(() -> create(email));
    if (admin.hasPassword()
        || !admin.getRoles().contains(Role.ADMIN)
        || tokens
            .lastIssued(admin, TokenPurpose.FIRST_ADMINISTRATOR)
            .map(last -> last.plus(TokenPurpose.FIRST_ADMINISTRATOR.life()))
            .filter(expiry -> expiry.isAfter(clock.instant()))
            .isPresent()) {
      return; // a link is out and still usable, or the address is someone else's account
    }
    String token = tokens.issue(admin, TokenPurpose.FIRST_ADMINISTRATOR, AuditLog.SYSTEM);
    links.fire(
        new AccountMail.LinkIssued(
            email,
            admin.getDisplayName(),
            TokenPurpose.FIRST_ADMINISTRATOR,
            token,
            false,
            "system"));
    LOG.info("First administrator " + email + ": a link to choose the password has been issued");
  }

  private Account create(String email) {
    Account admin =
        Account.invited(
            email,
            "Administrator",
            clock.instant(),
            AuditLog.SYSTEM,
            AccountService.unusableHash());
    admin.grant(Role.ADMIN);
    em.persist(admin);
    em.flush();
    audit.record(
        AuditLog.SYSTEM,
        AuditAction.CREATE,
        AccountSelfService.SUBJECT,
        email,
        null,
        "first administrator, from SP_ADMIN_EMAIL");
    return admin;
  }
}
