package org.saferpartnerships.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditChainTest {

  private static final AuditKey KEY =
      new AuditKey("1", "a key of thirty-two characters or more".getBytes());

  private static final Instant AT = Instant.parse("2026-10-25T01:30:00.123456789Z");

  private static String hash(String previous, String actor, String detail) {
    return AuditChain.hash(
        KEY, previous, AT, actor, AuditAction.VIEW, "CASE_REVIEW", "CR1", 7L, detail);
  }

  @Test
  void theSameRowHashesTheSame() {
    assertThat(hash(AuditChain.GENESIS, "coordinator", null))
        .hasSize(64)
        .isEqualTo(hash(AuditChain.GENESIS, "coordinator", null));
  }

  @Test
  void anyChangedFieldOrLinkChangesTheHash() {
    String original = hash(AuditChain.GENESIS, "coordinator", "case page");
    assertThat(hash(AuditChain.GENESIS, "coordinatoR", "case page")).isNotEqualTo(original);
    assertThat(hash(AuditChain.GENESIS, "coordinator", "case page ")).isNotEqualTo(original);
    assertThat(hash("1".repeat(64), "coordinator", "case page")).isNotEqualTo(original);
    assertThat(
            AuditChain.hash(
                KEY,
                AuditChain.GENESIS,
                AT,
                "coordinator",
                AuditAction.VIEW,
                "CASE_REVIEW",
                "CR1",
                null,
                "case page"))
        .isNotEqualTo(original);
  }

  @Test
  void fieldsCannotBeShiftedIntoEachOther() {
    // "ab" + "c" and "a" + "bc" would hash alike if fields were simply joined
    assertThat(
            AuditChain.hash(
                KEY, AuditChain.GENESIS, AT, "ab", AuditAction.VIEW, "c", "x", null, null))
        .isNotEqualTo(
            AuditChain.hash(
                KEY, AuditChain.GENESIS, AT, "a", AuditAction.VIEW, "bc", "x", null, null));
    // an empty detail is not the same as none
    assertThat(hash(AuditChain.GENESIS, "coordinator", ""))
        .isNotEqualTo(hash(AuditChain.GENESIS, "coordinator", null));
  }

  @Test
  void hashesTheInstantAsTheDatabaseKeepsIt() {
    assertThat(AuditChain.stored(AT)).isEqualTo(Instant.parse("2026-10-25T01:30:00Z"));
    assertThat(
            AuditChain.hash(
                KEY,
                AuditChain.GENESIS,
                Instant.parse("2026-10-25T01:30:00.9Z"),
                "coordinator",
                AuditAction.VIEW,
                "CASE_REVIEW",
                "CR1",
                7L,
                null))
        .isEqualTo(hash(AuditChain.GENESIS, "coordinator", null));
  }

  @Test
  void withoutTheKeyNobodyCanMakeTheSameMac() {
    String signed = hash(AuditChain.GENESIS, "coordinator", "case page");
    AuditKey other = new AuditKey("1", "another key of thirty-two characters".getBytes());
    assertThat(
            AuditChain.hash(
                other,
                AuditChain.GENESIS,
                AT,
                "coordinator",
                AuditAction.VIEW,
                "CASE_REVIEW",
                "CR1",
                7L,
                "case page"))
        .isNotEqualTo(signed);
    // the plain SHA-256 of the same row, as anyone could compute it, is not the MAC either
    assertThat(
            AuditChain.legacyHash(
                AuditChain.GENESIS,
                AT,
                "coordinator",
                AuditAction.VIEW,
                "CASE_REVIEW",
                "CR1",
                7L,
                "case page"))
        .hasSize(64)
        .isNotEqualTo(signed);
  }

  @Test
  void theHeadsMacCoversWhichRowIsLast() {
    String head = AuditChain.headMac(KEY, 41, "a".repeat(64));
    assertThat(AuditChain.headMac(KEY, 40, "a".repeat(64))).isNotEqualTo(head);
    assertThat(AuditChain.headMac(KEY, 41, "b".repeat(64))).isNotEqualTo(head);
    assertThat(KEY.toString()).doesNotContain("thirty");
  }
}
