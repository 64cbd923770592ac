package org.saferpartnerships.consultation.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnonymiserTest {

  @Test
  void contactDetailsAreTakenOut() {
    assertThat(
            Anonymiser.anonymise(
                "Email me at jo.bloggs+csp@example.org.uk or ring 01223 456789 or +44 7700 900123,"
                    + " see www.example.com/page."))
        .isEqualTo("Email me at [email] or ring [phone] or [phone], see [link]");
  }

  @Test
  void postcodesAndStreetAddressesAreTakenOut() {
    assertThat(Anonymiser.anonymise("I live at 14 Mill Lane, CB1 2AB, near the park."))
        .isEqualTo("I live at [address], [postcode], near the park.");
    assertThat(Anonymiser.anonymise("Outside 3a Station Road in cf10 1aa"))
        .isEqualTo("Outside [address] in [postcode]");
  }

  @Test
  void namesAfterATitleOrAnIntroductionAreTakenOut() {
    assertThat(Anonymiser.anonymise("Mrs O'Neill next door and Dr. Patel told PC Jones."))
        .isEqualTo("[name] next door and [name] told [name].");
    assertThat(Anonymiser.anonymise("Hello, my name is Sam Taylor and I run the shop."))
        .isEqualTo("Hello, my name is [name] and I run the shop.");
  }

  @Test
  void ordinaryTextIsLeftAlone() {
    String text =
        "Street lighting on the estate has been broken for 3 weeks; 20 people signed the"
            + " petition in 2025.";
    assertThat(Anonymiser.anonymise(text)).isEqualTo(text);
    assertThat(Anonymiser.anonymise(null)).isNull();
  }
}
