package org.saferpartnerships.partnership.membership;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.saferpartnerships.partnership.registry.AreaType;
import org.saferpartnerships.platform.files.ShippedCsv;

/**
 * The ONS lookups of a council's other responsible authorities (Crime and Disorder Act 1998 s5),
 * shipped in the db module (see its NOTICE): the fire and rescue authority of every council, the
 * integrated care boards covering each English council with the number of its 2021 LSOAs in each,
 * the local health board of each Welsh council, and the county council of each district in a
 * two-tier area. {@link #partnersOf} joins them to a partnership's councils.
 */
public final class PartnerLookups {

  static final String REFERENCE = "db/reference/";

  /** One council's part in one partner body's area: its LSOAs inside it, of all its LSOAs. */
  private record CouncilPart(Partner partner, int lsoas, int councilLsoas) {}

  /** A partner body: its area's GSS code and type, the organisation's names and the area's name. */
  public record Partner(String code, AreaType type, String areaName, String name, String nameCy) {}

  /** A partner of a partnership, with the share of the partnership's councils it covers. */
  public record PartnerShare(Partner partner, int coveragePercent) {}

  private final Map<String, List<CouncilPart>> byCouncil = new HashMap<>();

  private PartnerLookups() {}

  private static final class Shipped {
    private static final PartnerLookups LOOKUPS = read(PartnerLookups.class.getClassLoader());
  }

  /** The lookups shipped with the application, read once. */
  public static PartnerLookups shipped() {
    return Shipped.LOOKUPS;
  }

  static PartnerLookups read(ClassLoader loader) {
    Map<String, String[]> welsh = new HashMap<>();
    for (CSVRecord row : ShippedCsv.read(loader, REFERENCE + "welsh_partner_names.csv")) {
      welsh.put(row.get("code").trim(), new String[] {row.get("name"), row.get("name_cy")});
    }
    PartnerLookups lookups = new PartnerLookups();
    for (CSVRecord row : ShippedCsv.read(loader, REFERENCE + "ons_lad24_fra24_ew.csv")) {
      String area = row.get("FRA24NM").trim();
      lookups.whole(
          row.get("LAD24CD"),
          partner(
              row.get("FRA24CD"),
              AreaType.FIRE_AND_RESCUE_AREA,
              area,
              area.contains("Authority") ? area : area + " Fire and Rescue Authority",
              welsh));
    }
    for (CSVRecord row : ShippedCsv.read(loader, REFERENCE + "ons_ua22_lhb22_wales.csv")) {
      String board = row.get("LHB22NM").trim();
      lookups.whole(
          row.get("UA22CD"),
          partner(row.get("LHB22CD"), AreaType.LOCAL_HEALTH_BOARD_AREA, board, board, welsh));
    }
    for (CSVRecord row : ShippedCsv.read(loader, REFERENCE + "ons_ltla23_utla23_ew.csv")) {
      String county = row.get("UTLA23CD").trim();
      if (AreaType.COUNTY.accepts(county)) {
        String name = row.get("UTLA23NM").trim();
        lookups.whole(
            row.get("LTLA23CD"),
            partner(county, AreaType.COUNTY, name, name + " County Council", welsh));
      }
    }
    // one row per council and sub-ICB location: the council's LSOAs in a board are summed over
    // the board's sub-locations
    Map<String, CouncilPart> boards = new LinkedHashMap<>();
    for (CSVRecord row :
        ShippedCsv.read(loader, REFERENCE + "lad24_sicbl24_icb24_en_DERIVED.csv")) {
      String council = row.get("LAD24CD").trim();
      String board = row.get("ICB24NM").trim();
      Partner partner =
          partner(row.get("ICB24CD"), AreaType.INTEGRATED_CARE_BOARD_AREA, board, board, welsh);
      int lsoas = Integer.parseInt(row.get("n_lsoa21").trim());
      int total = Integer.parseInt(row.get("lad_total_lsoa21").trim());
      boards.merge(
          council + "|" + partner.code(),
          new CouncilPart(partner, lsoas, total),
          (a, b) -> new CouncilPart(a.partner(), a.lsoas() + b.lsoas(), a.councilLsoas()));
    }
    boards.forEach(
        (key, part) ->
            lookups
                .byCouncil
                .computeIfAbsent(key.substring(0, key.indexOf('|')), c -> new ArrayList<>())
                .add(part));
    return lookups;
  }

  private static Partner partner(
      String code, AreaType type, String areaName, String name, Map<String, String[]> welsh) {
    String[] names = welsh.get(code.trim());
    return names == null
        ? new Partner(code.trim(), type, areaName, name, null)
        : new Partner(code.trim(), type, areaName, names[0].trim(), names[1].trim());
  }

  private void whole(String council, Partner partner) {
    byCouncil
        .computeIfAbsent(council.trim(), c -> new ArrayList<>())
        .add(new CouncilPart(partner, 1, 1));
  }

  /**
   * The partner bodies of a partnership covering these councils, each with the share of the
   * councils it covers: by LSOAs for health boards (a council can be split between boards), by
   * councils otherwise. Councils the lookups do not know add nothing.
   */
  public List<PartnerShare> partnersOf(Collection<String> councilCodes) {
    Map<String, Partner> partners = new LinkedHashMap<>();
    Map<String, Long> covered = new HashMap<>();
    long councils = 0;
    long councilLsoas = 0;
    for (String council : new java.util.LinkedHashSet<>(councilCodes)) {
      List<CouncilPart> parts = byCouncil.getOrDefault(council, List.of());
      if (!parts.isEmpty()) {
        councils++;
      }
      councilLsoas +=
          parts.stream()
              .filter(part -> part.partner().type() == AreaType.INTEGRATED_CARE_BOARD_AREA)
              .mapToLong(CouncilPart::councilLsoas)
              .findFirst()
              .orElse(0);
      for (CouncilPart part : parts) {
        partners.putIfAbsent(part.partner().code(), part.partner());
        covered.merge(part.partner().code(), (long) part.lsoas(), Long::sum);
      }
    }
    List<PartnerShare> shares = new ArrayList<>();
    for (Partner partner : partners.values()) {
      long whole = partner.type() == AreaType.INTEGRATED_CARE_BOARD_AREA ? councilLsoas : councils;
      shares.add(new PartnerShare(partner, percent(covered.get(partner.code()), whole)));
    }
    return shares;
  }

  /** A share in whole per cent: 100 only when whole, at least 1 when any. */
  static int percent(long part, long whole) {
    if (part >= whole) {
      return 100;
    }
    return (int) Math.max(1, Math.min(99, Math.round(100.0 * part / whole)));
  }
}
