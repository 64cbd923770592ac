package org.saferpartnerships.account.admin;

import java.util.Set;
import java.util.stream.Collectors;
import org.saferpartnerships.account.Account;
import org.saferpartnerships.identity.Role;
import org.saferpartnerships.partnership.registry.Organisation;

/**
 * Who is managing accounts: an administrator (every account, every role), or an organisation's lead
 * with the organisations they act for and the roles they may grant.
 */
record AccountManager(String username, boolean admin, Set<Long> organisations, Set<Role> roles) {

  /** A lead manages accounts acting only for the lead's organisations, holding no national role. */
  boolean mayManage(Account account) {
    if (admin) {
      return true;
    }
    Set<Long> theirs = ids(account.getOrganisations());
    return !theirs.isEmpty()
        && organisations.containsAll(theirs)
        && account.getRoles().stream().noneMatch(AccountAdministration.NATIONAL::contains);
  }

  static Set<Long> ids(Set<Organisation> organisations) {
    return organisations.stream().map(Organisation::getId).collect(Collectors.toSet());
  }
}
