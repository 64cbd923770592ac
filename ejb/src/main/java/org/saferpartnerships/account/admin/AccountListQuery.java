package org.saferpartnerships.account.admin;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.saferpartnerships.account.Account;
import org.saferpartnerships.platform.persistence.Page;
import org.saferpartnerships.platform.persistence.PageRequest;

/**
 * The list of accounts a manager sees, filtered by text, role and status and paged in the database;
 * a lead's narrowed to the accounts they manage.
 */
final class AccountListQuery {

  private final EntityManager em;
  private final Instant now;

  AccountListQuery(EntityManager em, Instant now) {
    this.em = em;
    this.now = now;
  }

  /** The accounts the manager manages, filtered and paged in the database, by name. */
  Page<AccountSummary> list(AccountManager manager, AccountFilter filter, PageRequest page) {
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
    return new Page<>(
        found.stream().map(a -> AccountSummary.of(a, now)).toList(), count.getSingleResult());
  }

  private <T> TypedQuery<T> bind(
      TypedQuery<T> query, AccountFilter filter, AccountManager manager) {
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
      query.setParameter("now", now);
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
  private List<Long> managedIds(AccountManager manager) {
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
            .setParameter("national", AccountAdministration.NATIONAL)
            .getResultList());
    return ids.isEmpty() ? List.of(-1L) : List.copyOf(ids);
  }
}
