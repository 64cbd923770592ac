package org.saferpartnerships.consultation.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Cohen's kappa against values worked by hand. */
class AgreementTest {

  @Test
  void theTextbookTable() {
    // 50 answers: both 20, first only 5, second only 10, neither 15.
    // po = 35/50 = 0.70; first yes 25/50 = 0.5, second yes 30/50 = 0.6;
    // pe = 0.5*0.6 + 0.5*0.4 = 0.50; kappa = (0.70 - 0.50) / 0.50 = 0.40
    Agreement a = new Agreement(20, 5, 10, 15);
    assertThat(a.answers()).isEqualTo(50);
    assertThat(a.observed()).isCloseTo(0.70, within(1e-12));
    assertThat(a.kappa()).isCloseTo(0.40, within(1e-12));
    assertThat(a.strength()).isEqualTo("fair");
  }

  @Test
  void perfectAgreementIsOneAndSystematicDisagreementIsMinusOne() {
    assertThat(new Agreement(7, 0, 0, 3).kappa()).isCloseTo(1.0, within(1e-12));
    assertThat(new Agreement(7, 0, 0, 3).strength()).isEqualTo("almostPerfect");
    // 0 and 1 swapped on every answer, half and half: po = 0, pe = 0.5, kappa = -1
    assertThat(new Agreement(0, 5, 5, 0).kappa()).isCloseTo(-1.0, within(1e-12));
    assertThat(new Agreement(0, 5, 5, 0).strength()).isEqualTo("poor");
  }

  @Test
  void anotherHandWorkedTable() {
    // 100 answers: both 45, first only 15, second only 25, neither 15.
    // po = 0.60; first yes 0.60, second yes 0.70; pe = 0.42 + 0.12 = 0.54;
    // kappa = 0.06 / 0.46 = 0.130434...
    assertThat(new Agreement(45, 15, 25, 15).kappa()).isCloseTo(0.06 / 0.46, within(1e-12));
    assertThat(new Agreement(45, 15, 25, 15).strength()).isEqualTo("slight");
  }

  @Test
  void kappaIsUndefinedWhenChanceAloneAgreesOrThereIsNothingToCompare() {
    assertThat(new Agreement(0, 0, 0, 12).kappa()).isNull();
    assertThat(new Agreement(9, 0, 0, 0).kappa()).isNull();
    assertThat(new Agreement(0, 0, 0, 0).kappa()).isNull();
    assertThat(new Agreement(0, 0, 0, 0).observed()).isNull();
    assertThat(new Agreement(0, 0, 0, 12).strength()).isEqualTo("undefined");
  }
}
