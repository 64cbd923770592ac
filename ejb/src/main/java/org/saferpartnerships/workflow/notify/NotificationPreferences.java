package org.saferpartnerships.workflow.notify;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.saferpartnerships.account.Account;
import org.saferpartnerships.account.AccountSelfService;
import org.saferpartnerships.account.AccountService;
import org.saferpartnerships.audit.AuditAction;
import org.saferpartnerships.audit.AuditLog;
import org.saferpartnerships.identity.CallerScope;
import org.saferpartnerships.platform.errors.NotFoundException;

/** The signed-in person's choice of e-mail for each kind of notice. */
@Stateless
@PermitAll
public class NotificationPreferences {

  @PersistenceContext private EntityManager em;

  @Inject private CallerScope caller;

  @EJB private AccountService accounts;

  @EJB private AuditLog audit;

  /** Every kind of notice with the caller's choice (e-mail each one where none was made). */
  public Map<NotificationKind, Delivery> mine() {
    Account me = me();
    Map<NotificationKind, Delivery> chosen = new EnumMap<>(NotificationKind.class);
    for (NotificationKind kind : NotificationKind.values()) {
      chosen.put(kind, Delivery.EMAIL);
    }
    em.createQuery(
            "SELECT p FROM NotificationPreference p WHERE p.userId = :me",
            NotificationPreference.class)
        .setParameter("me", me.getId())
        .getResultList()
        .forEach(p -> chosen.put(p.getKind(), p.getDelivery()));
    return chosen;
  }

  /** Records the caller's choices; kinds not named keep theirs. */
  public void choose(@NotNull Map<NotificationKind, Delivery> choices) {
    Account me = me();
    for (Map.Entry<NotificationKind, Delivery> choice : choices.entrySet()) {
      if (choice.getKey() == null || choice.getValue() == null) {
        continue;
      }
      NotificationPreference found =
          em.find(
              NotificationPreference.class,
              new NotificationPreference.Key(me.getId(), choice.getKey()));
      if (found != null) {
        found.deliver(choice.getValue());
      } else {
        em.persist(new NotificationPreference(me.getId(), choice.getKey(), choice.getValue()));
      }
    }
    audit.record(
        me.getUsername(),
        AuditAction.UPDATE,
        AccountSelfService.SUBJECT,
        me.getUsername(),
        null,
        "notices by e-mail: "
            + choices.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .sorted()
                .collect(Collectors.joining(", ")));
  }

  private Account me() {
    String username = caller.username();
    return accounts
        .find(username == null ? "" : username)
        .orElseThrow(() -> new NotFoundException("notFound.account", ""));
  }
}
