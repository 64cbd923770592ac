package org.saferpartnerships.account.twofactor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.saferpartnerships.identity.Role;

class TwoFactorPolicyTest {

  @Test
  void theConfiguredRolesAreRequiredAndNoneMeansNone() {
    assertThat(TwoFactorPolicy.parse("ADMIN, data_protection_officer"))
        .containsExactlyInAnyOrder(Role.ADMIN, Role.DATA_PROTECTION_OFFICER);
    assertThat(TwoFactorPolicy.parse("none")).isEmpty();
    assertThat(TwoFactorPolicy.parse(" ")).isEmpty();
  }

  @Test
  void anUnknownRoleStopsTheStartRatherThanRequiringNothing() {
    assertThatThrownBy(() -> TwoFactorPolicy.parse("ADMIN,ADMINS"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anAccountNeedsItWhenAnyOfItsRolesDoes() {
    TwoFactorPolicy policy = new TwoFactorPolicy();
    policy.configured = "ADMIN";
    policy.read();
    assertThat(policy.requiredFor(Set.of(Role.CSP_COORDINATOR, Role.ADMIN))).isTrue();
    assertThat(policy.requiredFor(Set.of(Role.CSP_COORDINATOR))).isFalse();
  }
}
