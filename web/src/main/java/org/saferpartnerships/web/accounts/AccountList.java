package org.saferpartnerships.web.accounts;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import org.saferpartnerships.account.admin.AccountAdministration;
import org.saferpartnerships.account.admin.AccountFilter;
import org.saferpartnerships.account.admin.AccountStatus;
import org.saferpartnerships.account.admin.AccountSummary;
import org.saferpartnerships.platform.persistence.Page;
import org.saferpartnerships.platform.persistence.PageRequest;

/**
 * The list of accounts the caller manages, filtered by text and status in the address (so that a
 * filtered list can be bookmarked), 25 to a page, paged in the database.
 */
@Named
@RequestScoped
public class AccountList {

  static final int SIZE = 25;

  @EJB private AccountAdministration administration;

  private String query;
  private String status;
  private int page;
  private Page<AccountSummary> result;

  public Page<AccountSummary> getResult() {
    if (result == null) {
      AccountStatus chosen =
          Arrays.stream(AccountStatus.values())
              .filter(s -> s.name().equals(status))
              .findFirst()
              .orElse(null);
      String text = query == null || query.isBlank() ? null : query.strip();
      result =
          administration.list(
              new AccountFilter(text, chosen, null),
              new PageRequest(Math.max(0, page), SIZE, null, false));
    }
    return result;
  }

  public List<AccountStatus> getStatuses() {
    return List.of(AccountStatus.values());
  }

  public boolean isHasPrevious() {
    return page > 0;
  }

  public boolean isHasNext() {
    return (long) (page + 1) * SIZE < getResult().total();
  }

  public int getFirst() {
    return getResult().items().isEmpty() ? 0 : page * SIZE + 1;
  }

  public int getLast() {
    return page * SIZE + getResult().items().size();
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = Math.max(0, Math.min(page, 100_000));
  }
}
