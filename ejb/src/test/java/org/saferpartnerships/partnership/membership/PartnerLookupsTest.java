package org.saferpartnerships.partnership.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.saferpartnerships.partnership.membership.PartnerLookups.PartnerShare;
import org.saferpartnerships.partnership.registry.AreaType;
import org.saferpartnerships.platform.files.ShippedCsv;

/**
 * The other responsible authorities of a partnership (Crime and Disorder Act 1998 s5(1)), from the
 * shipped ONS lookups: "every fire and rescue authority", "every integrated care board the whole or
 * any part of whose area lies within the area", "every local health board", and in a two-tier area
 * the county council as well as the district.
 */
class PartnerLookupsTest {

  private final PartnerLookups lookups = PartnerLookups.shipped();

  @Test
  void aDistrictInEnglandHasItsFireAuthorityItsBoardAndItsCounty() {
    Map<AreaType, PartnerShare> cambridge = byType(lookups.partnersOf(List.of("E07000008")));
    assertThat(cambridge.keySet())
        .containsExactlyInAnyOrder(
            AreaType.FIRE_AND_RESCUE_AREA, AreaType.INTEGRATED_CARE_BOARD_AREA, AreaType.COUNTY);
    assertThat(cambridge.get(AreaType.FIRE_AND_RESCUE_AREA).partner().name())
        .isEqualTo("Cambridgeshire Fire and Rescue Authority");
    assertThat(cambridge.get(AreaType.FIRE_AND_RESCUE_AREA).partner().code())
        .isEqualTo("E31000005");
    assertThat(cambridge.get(AreaType.INTEGRATED_CARE_BOARD_AREA).partner().name())
        .isEqualTo("NHS Cambridgeshire and Peterborough Integrated Care Board");
    assertThat(cambridge.get(AreaType.COUNTY).partner().name())
        .isEqualTo("Cambridgeshire County Council");
    assertThat(cambridge.values()).allMatch(share -> share.coveragePercent() == 100);
  }

  @Test
  void aWelshCouncilHasItsLocalHealthBoardAndWelshNamesButNoCountyOrIcb() {
    Map<AreaType, PartnerShare> cardiff = byType(lookups.partnersOf(List.of("W06000015")));
    assertThat(cardiff.keySet())
        .containsExactlyInAnyOrder(AreaType.FIRE_AND_RESCUE_AREA, AreaType.LOCAL_HEALTH_BOARD_AREA);
    assertThat(cardiff.get(AreaType.FIRE_AND_RESCUE_AREA).partner().nameCy())
        .isEqualTo("Awdurdod Tân ac Achub De Cymru");
    assertThat(cardiff.get(AreaType.LOCAL_HEALTH_BOARD_AREA).partner().name())
        .isEqualTo("Cardiff and Vale University Health Board");
    assertThat(cardiff.get(AreaType.LOCAL_HEALTH_BOARD_AREA).partner().nameCy())
        .isEqualTo("Bwrdd Iechyd Prifysgol Caerdydd a'r Fro");
  }

  @Test
  void aCouncilSplitBetweenBoardsHasEveryBoardWithTheShareOfItsLsoas() {
    List<PartnerShare> northYorkshire =
        lookups.partnersOf(List.of("E06000065")).stream()
            .filter(share -> share.partner().type() == AreaType.INTEGRATED_CARE_BOARD_AREA)
            .toList();
    assertThat(northYorkshire)
        .extracting(share -> share.partner().code() + " " + share.coveragePercent())
        .containsExactlyInAnyOrder("E54000048 1", "E54000051 91", "E54000054 8");
  }

  @Test
  void aPartnershipOfTwoCouncilsHasEachBodyOnceWeightedByTheCouncilsLsoas() {
    // Cwm Taf: Merthyr Tydfil and Rhondda Cynon Taf, one fire authority and one health board
    assertThat(lookups.partnersOf(List.of("W06000024", "W06000016")))
        .extracting(share -> share.partner().code() + " " + share.coveragePercent())
        .containsExactlyInAnyOrder("W25000003 100", "W11000030 100");
    // Hart (76% Frimley) with Rushmoor (all Frimley): Frimley covers most, Hampshire and Isle of
    // Wight the rest of Hart
    Map<String, Integer> hampshire =
        lookups.partnersOf(List.of("E07000089", "E07000092")).stream()
            .filter(share -> share.partner().type() == AreaType.INTEGRATED_CARE_BOARD_AREA)
            .collect(
                Collectors.toMap(share -> share.partner().code(), PartnerShare::coveragePercent));
    assertThat(hampshire.get("E54000034")).isBetween(80, 99);
    assertThat(hampshire.get("E54000042")).isBetween(1, 20);
  }

  @Test
  void anAuthorityNamedAsSuchByOnsKeepsItsName() {
    assertThat(lookups.partnersOf(List.of("E09000033")))
        .extracting(share -> share.partner().name())
        .contains("London Fire and Emergency Planning Authority");
  }

  @Test
  void everyCouncilOfTheRegistryHasItsStatutoryPartners() {
    List<CSVRecord> councils =
        ShippedCsv.read(getClass().getClassLoader(), "db/reference/lookup_ltla24_csp24_pfa24.csv");
    assertThat(councils).hasSizeGreaterThan(300);
    for (CSVRecord row : councils) {
      String council = row.get("ltla24_code");
      Map<AreaType, Long> types =
          lookups.partnersOf(List.of(council)).stream()
              .collect(
                  Collectors.groupingBy(share -> share.partner().type(), Collectors.counting()));
      assertThat(types.get(AreaType.FIRE_AND_RESCUE_AREA)).as(council).isEqualTo(1);
      if (council.startsWith("W")) {
        assertThat(types.get(AreaType.LOCAL_HEALTH_BOARD_AREA)).as(council).isEqualTo(1);
        assertThat(types).as(council).doesNotContainKey(AreaType.INTEGRATED_CARE_BOARD_AREA);
      } else {
        assertThat(types.get(AreaType.INTEGRATED_CARE_BOARD_AREA)).as(council).isBetween(1L, 3L);
        assertThat(types).as(council).doesNotContainKey(AreaType.LOCAL_HEALTH_BOARD_AREA);
      }
      assertThat(types.containsKey(AreaType.COUNTY))
          .as(council)
          .isEqualTo(council.startsWith("E07"));
    }
  }

  @Test
  void aCouncilTheLookupsDoNotKnowAddsNothing() {
    assertThat(lookups.partnersOf(List.of("E07999999"))).isEmpty();
  }

  @Test
  void sharesAreWholePercentsOnlyWhenWhole() {
    assertThat(PartnerLookups.percent(5, 5)).isEqualTo(100);
    assertThat(PartnerLookups.percent(999, 1000)).isEqualTo(99);
    assertThat(PartnerLookups.percent(1, 1000)).isEqualTo(1);
    assertThat(PartnerLookups.percent(1, 2)).isEqualTo(50);
  }

  private static Map<AreaType, PartnerShare> byType(List<PartnerShare> shares) {
    return shares.stream().collect(Collectors.toMap(share -> share.partner().type(), s -> s));
  }
}
