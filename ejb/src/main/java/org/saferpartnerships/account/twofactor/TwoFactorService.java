package org.saferpartnerships.account.twofactor;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.saferpartnerships.account.Account;
import org.saferpartnerships.account.AccountSelfService;
import org.saferpartnerships.account.AccountService;
import org.saferpartnerships.audit.AuditAction;
import org.saferpartnerships.audit.AuditLog;
import org.saferpartnerships.identity.CallerScope;
import org.saferpartnerships.platform.errors.NotFoundException;
import org.saferpartnerships.platform.errors.ServiceException;
import org.saferpartnerships.platform.files.Sha256;

/**
 * Two-factor authentication with an authenticator app (RFC 6238, see {@link Totp}) and one-time
 * recovery codes. A person begins by scanning a secret, confirms it with a code, and is shown ten
 * recovery codes once; from then on a sign-in asks for a code after the password. A code is taken
 * once only (the step it matched must be later than the last one taken), and a wrong code counts
 * toward the account's lock as a wrong password does. Turning it on or off, or an administrator
 * resetting it, ends the account's other sessions and cached API credentials. Every change and
 * every recovery code used is audited.
 */
@Stateless
@PermitAll
public class TwoFactorService {

  static final int RECOVERY_CODES = 10;

  /** Recovery code letters: no 0/o, 1/l/i, which people misread from paper. */
  private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext private EntityManager em;

  @Inject private Clock clock;

  @Inject private CallerScope caller;

  @Inject private TwoFactorPolicy policy;

  @EJB private AccountService accounts;

  @EJB private AuditLog audit;

  @Inject
  @ConfigProperty(name = "sp.two-factor.issuer", defaultValue = "Safer Partnerships")
  String issuer;

  /** What a sign-in with this username asks for after a right password. */
  public SecondFactor asked(String username) {
    Account account = accounts.find(username).orElse(null);
    if (account == null) {
      return SecondFactor.NONE;
    }
    if (enabled(account).isPresent()) {
      return SecondFactor.CODE;
    }
    return policy.requiredFor(account.getRoles()) ? SecondFactor.ENROL : SecondFactor.NONE;
  }

  /** The caller's two-factor state. */
  public TwoFactorStatus status() {
    Account account = me();
    TwoFactor found = enabled(account).orElse(null);
    long left =
        em.createQuery(
                "SELECT COUNT(r) FROM RecoveryCode r WHERE r.userId = :id AND r.usedAt IS NULL",
                Long.class)
            .setParameter("id", account.getId())
            .getSingleResult();
    return new TwoFactorStatus(
        found != null,
        found == null ? null : found.getEnabledAt(),
        policy.requiredFor(account.getRoles()),
        found == null ? 0 : left);
  }

  /** Whether the account has two-factor on, for its administrator's view. */
  public boolean isEnabled(long accountId) {
    TwoFactor found = em.find(TwoFactor.class, accountId);
    return found != null && found.isEnabled();
  }

  /**
   * Begins (or begins again) the caller's enrolment with a new secret; refused while two-factor is
   * on, so that a session left open cannot quietly move it to another phone.
   */
  public Enrolment begin() {
    Account account = me();
    TwoFactor found = em.find(TwoFactor.class, account.getId());
    if (found != null && found.isEnabled()) {
      throw new ServiceException("twoFactor.alreadyOn");
    }
    String secret = Totp.newSecret();
    if (found == null) {
      em.persist(new TwoFactor(account.getId(), secret, clock.instant()));
    } else {
      found.restart(secret, clock.instant());
    }
    return new Enrolment(
        secret, Totp.grouped(secret), Totp.uri(issuer, account.getUsername(), secret));
  }

  /**
   * Confirms the enrolment with a code from the app: two-factor is on from now, the account's other
   * sessions end, and the recovery codes are returned (shown once, never again).
   */
  public List<String> confirm(String code) {
    Account account = me();
    TwoFactor found = em.find(TwoFactor.class, account.getId());
    if (found == null || found.isEnabled()) {
      throw new ServiceException(found == null ? "twoFactor.notBegun" : "twoFactor.alreadyOn");
    }
    OptionalLong step = Totp.matchingStep(found.getSecret(), code, clock.instant());
    if (step.isEmpty() || !take(account, step.getAsLong(), false)) {
      throw new ServiceException("twoFactor.wrongCode");
    }
    found.enable(clock.instant());
    List<String> codes = replaceRecoveryCodes(account);
    account.endSessions();
    record(account.getUsername(), account, "two-factor authentication turned on");
    return codes;
  }

  /**
   * Checks the code asked for at sign-in: one from the authenticator (each taken once) or an unused
   * recovery code (used up). A wrong one counts toward the lock; a right one completes the sign-in.
   */
  public boolean verify(String username, String code) {
    Account account = accounts.find(username).orElse(null);
    if (account == null
        || !account.isEnabled()
        || account.isLockedAt(clock.instant())
        || enabled(account).isEmpty()) {
      return false;
    }
    boolean right = codeMatches(account, code) || recoveryCodeUsed(account, code);
    if (right) {
      accounts.recordSignIn(account);
    } else {
      accounts.countFailure(account);
    }
    return right;
  }

  /** New recovery codes for the caller, the old ones withdrawn; a code from the app is required. */
  public List<String> newRecoveryCodes(String code) {
    Account account = me();
    if (enabled(account).isEmpty()) {
      throw new ServiceException("twoFactor.notOn");
    }
    if (!codeMatches(account, code)) {
      throw new ServiceException("twoFactor.wrongCode");
    }
    List<String> codes = replaceRecoveryCodes(account);
    record(account.getUsername(), account, "new recovery codes made");
    return codes;
  }

  /** Turns the caller's two-factor off, with their password; refused where their roles need it. */
  public void turnOff(String password) {
    Account account = me();
    if (policy.requiredFor(account.getRoles())) {
      throw new ServiceException("twoFactor.required");
    }
    if (!accounts.matches(account, password)) {
      throw new ServiceException("password.wrongCurrent");
    }
    if (remove(account)) {
      account.endSessions();
      record(account.getUsername(), account, "two-factor authentication turned off");
    }
  }

  /**
   * Removes an account's authenticator and recovery codes (an administrator's reset for a lost
   * phone; the caller audits it). The account signs in with its password alone, or is asked to
   * enrol again where its roles require it. Returns whether there was anything to remove.
   */
  public boolean remove(Account account) {
    em.createQuery("DELETE FROM RecoveryCode r WHERE r.userId = :id")
        .setParameter("id", account.getId())
        .executeUpdate();
    return em.createQuery("DELETE FROM TwoFactor t WHERE t.userId = :id")
            .setParameter("id", account.getId())
            .executeUpdate()
        > 0;
  }

  private boolean codeMatches(Account account, String code) {
    TwoFactor found = enabled(account).orElse(null);
    if (found == null) {
      return false;
    }
    OptionalLong step = Totp.matchingStep(found.getSecret(), code, clock.instant());
    return step.isPresent() && take(account, step.getAsLong(), true);
  }

  /**
   * Notes the step of an accepted code, in one conditional UPDATE: false if a code of this step or
   * a later one was taken already (a replay, or two requests racing with one code).
   */
  private boolean take(Account account, long step, boolean mustBeEnabled) {
    return em.createQuery(
                "UPDATE TwoFactor t SET t.lastStep = :step WHERE t.userId = :id"
                    + " AND t.lastStep < :step"
                    + (mustBeEnabled ? " AND t.enabledAt IS NOT NULL" : ""))
            .setParameter("step", step)
            .setParameter("id", account.getId())
            .executeUpdate()
        == 1;
  }

  private boolean recoveryCodeUsed(Account account, String code) {
    String typed = normaliseRecovery(code);
    if (typed.length() != 10) {
      return false;
    }
    boolean used =
        em.createQuery(
                    "UPDATE RecoveryCode r SET r.usedAt = :now WHERE r.userId = :id"
                        + " AND r.codeHash = :hash AND r.usedAt IS NULL")
                .setParameter("now", clock.instant())
                .setParameter("id", account.getId())
                .setParameter("hash", Sha256.hex(typed))
                .executeUpdate()
            == 1;
    if (used) {
      record(account.getUsername(), account, "signed in with a recovery code");
    }
    return used;
  }

  private List<String> replaceRecoveryCodes(Account account) {
    em.createQuery("DELETE FROM RecoveryCode r WHERE r.userId = :id")
        .setParameter("id", account.getId())
        .executeUpdate();
    List<String> codes = new ArrayList<>();
    for (int i = 0; i < RECOVERY_CODES; i++) {
      StringBuilder code = new StringBuilder();
      for (int c = 0; c < 10; c++) {
        code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
      }
      em.persist(new RecoveryCode(account.getId(), Sha256.hex(code.toString())));
      codes.add(code.substring(0, 5) + "-" + code.substring(5));
    }
    return codes;
  }

  static String normaliseRecovery(String typed) {
    return typed == null ? "" : typed.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
  }

  private java.util.Optional<TwoFactor> enabled(Account account) {
    return java.util.Optional.ofNullable(em.find(TwoFactor.class, account.getId()))
        .filter(TwoFactor::isEnabled);
  }

  private Account me() {
    String username = caller.username();
    return accounts
        .find(username == null ? "" : username)
        .orElseThrow(() -> new NotFoundException("notFound.account", ""));
  }

  private void record(String actor, Account account, String detail) {
    audit.record(
        actor, AuditAction.UPDATE, AccountSelfService.SUBJECT, account.getUsername(), null, detail);
  }
}
