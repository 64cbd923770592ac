package org.saferpartnerships.platform.files;

import java.util.Locale;

/** The formats every table exports to (DESIGN.md: every table exports CSV, XLSX and ODS). */
public enum TableFormat {
  CSV("csv", "text/csv; charset=UTF-8"),
  XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
  ODS("ods", "application/vnd.oasis.opendocument.spreadsheet");

  private final String extension;
  private final String contentType;

  TableFormat(String extension, String contentType) {
    this.extension = extension;
    this.contentType = contentType;
  }

  public String extension() {
    return extension;
  }

  public String contentType() {
    return contentType;
  }

  /** The format named by a file extension (csv, xlsx, ods; any case); null when it is none. */
  public static TableFormat byExtension(String name) {
    if (name == null) {
      return null;
    }
    String wanted = name.trim().toLowerCase(Locale.ROOT);
    for (TableFormat format : values()) {
      if (format.extension.equals(wanted)) {
        return format;
      }
    }
    return null;
  }
}
