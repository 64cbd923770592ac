package org.saferpartnerships.partnership.lookup;

import org.saferpartnerships.partnership.registry.AreaType;

/**
 * The columns a lookup file can carry. Codes and names of the three area types are required; Welsh
 * names are read where the file has them (ONS names them with an NMW suffix).
 */
public enum LookupField {
  LAD_CODE(AreaType.LOCAL_AUTHORITY_DISTRICT, Part.CODE, true, "LAD24CD, ltla24_code"),
  LAD_NAME(AreaType.LOCAL_AUTHORITY_DISTRICT, Part.NAME, true, "LAD24NM, ltla24_name"),
  LAD_NAME_CY(AreaType.LOCAL_AUTHORITY_DISTRICT, Part.NAME_CY, false, "LAD24NMW"),
  CSP_CODE(AreaType.COMMUNITY_SAFETY_PARTNERSHIP, Part.CODE, true, "CSP24CD, csp24_code"),
  CSP_NAME(AreaType.COMMUNITY_SAFETY_PARTNERSHIP, Part.NAME, true, "CSP24NM, csp24_name"),
  CSP_NAME_CY(AreaType.COMMUNITY_SAFETY_PARTNERSHIP, Part.NAME_CY, false, "CSP24NMW"),
  PFA_CODE(AreaType.POLICE_FORCE_AREA, Part.CODE, true, "PFA24CD, pfa24_code"),
  PFA_NAME(AreaType.POLICE_FORCE_AREA, Part.NAME, true, "PFA24NM, pfa24_name"),
  PFA_NAME_CY(AreaType.POLICE_FORCE_AREA, Part.NAME_CY, false, "PFA24NMW");

  enum Part {
    CODE,
    NAME,
    NAME_CY
  }

  private final AreaType areaType;
  private final Part part;
  private final boolean required;
  private final String examples;

  LookupField(AreaType areaType, Part part, boolean required, String examples) {
    this.areaType = areaType;
    this.part = part;
    this.required = required;
    this.examples = examples;
  }

  public AreaType areaType() {
    return areaType;
  }

  Part part() {
    return part;
  }

  public boolean required() {
    return required;
  }

  String examples() {
    return examples;
  }

  static LookupField of(AreaType type, Part part) {
    for (LookupField field : values()) {
      if (field.areaType == type && field.part == part) {
        return field;
      }
    }
    throw new IllegalArgumentException(type + " " + part);
  }

  /** The key of this field's description in the message bundle. */
  String messageKey() {
    return "field." + name();
  }
}
