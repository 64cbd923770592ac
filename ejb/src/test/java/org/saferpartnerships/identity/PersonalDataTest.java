package org.saferpartnerships.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class PersonalDataTest {

  private static final long CAMBRIDGE = 13;
  private static final long PETERBOROUGH = 14;

  private static Scope scope(Role role, Set<Long> csps, Set<Long> partnerships, boolean national) {
    return new Scope("someone", Set.of(role), Set.of(100L), csps, partnerships, national);
  }

  @Test
  void aCoordinatorSeesTheCasesOfTheirOwnPartnershipOnly() {
    Scope coordinator =
        scope(Role.CSP_COORDINATOR, Set.of(CAMBRIDGE, PETERBOROUGH), Set.of(CAMBRIDGE), false);
    assertThat(PersonalData.mayViewCases(coordinator, CAMBRIDGE)).isTrue();
    assertThat(PersonalData.mayViewCases(coordinator, PETERBOROUGH)).isFalse();
    assertThat(PersonalData.mayViewAny(coordinator)).isTrue();
  }

  @Test
  void nationalRolesAndForceAreaRolesSeeNoCases() {
    for (Role role : Role.values()) {
      if (role == Role.CSP_COORDINATOR) {
        continue;
      }
      Scope scope = scope(role, Set.of(CAMBRIDGE), Set.of(CAMBRIDGE), true);
      assertThat(PersonalData.caseCsps(scope)).as(role.name()).isEmpty();
    }
  }

  @Test
  void analystsAndTheDataProtectionOfficerSeeNoPersonalDataAtAllThoughNational() {
    for (Role role : Set.of(Role.HOME_OFFICE_ANALYST, Role.DATA_PROTECTION_OFFICER)) {
      Scope scope = scope(role, Set.of(), Set.of(), true);
      assertThat(scope.national()).isTrue();
      assertThat(PersonalData.mayViewAny(scope)).as(role.name()).isFalse();
      assertThat(PersonalData.worksOnItems(scope)).isFalse();
      assertThat(PersonalData.seesEveryItem(scope)).isFalse();
    }
  }

  @Test
  void partnerStaffSeeRoutedItemsAndAdministratorsEveryItemButNoCases() {
    assertThat(PersonalData.worksOnItems(scope(Role.PARTNER_OFFICER, Set.of(), Set.of(), false)))
        .isTrue();
    assertThat(PersonalData.worksOnItems(scope(Role.PCC_REVIEWER, Set.of(), Set.of(), false)))
        .isTrue();
    Scope admin = scope(Role.ADMIN, Set.of(), Set.of(), true);
    assertThat(PersonalData.seesEveryItem(admin)).isTrue();
    assertThat(PersonalData.caseCsps(admin)).isEmpty();
  }

  @Test
  void nobodySignedInSeesNothing() {
    assertThat(PersonalData.mayViewAny(Scope.none())).isFalse();
    assertThat(PersonalData.caseCsps(Scope.none())).isEmpty();
  }
}
