package org.saferpartnerships.partnership.directory;

import org.saferpartnerships.partnership.registry.CouncilType;

/** A council by its GSS code, names and type (read from the code's prefix). */
public record CouncilRef(String code, String name, String nameCy, CouncilType type)
    implements java.io.Serializable {

  public CouncilRef(String code, String name, String nameCy) {
    this(code, name, nameCy, CouncilType.ofCode(code));
  }
}
