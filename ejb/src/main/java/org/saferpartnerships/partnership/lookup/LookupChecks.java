package org.saferpartnerships.partnership.lookup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.saferpartnerships.partnership.registry.AreaType;
import org.saferpartnerships.partnership.registry.VintageCounts;

/**
 * The checks a lookup's rows must pass, row by row and across rows: codes well-formed and of the
 * right kind, names present, the three areas in one country, no row twice, every CSP in exactly one
 * police force area, and each code under one name.
 */
final class LookupChecks {

  private final LookupColumns columns;
  private final List<LookupRow> rows = new ArrayList<>();
  private final List<LookupProblem> problems = new ArrayList<>();
  private final Map<String, Integer> pairs = new HashMap<>();
  private final Map<String, Seen> forceAreaOfCsp = new HashMap<>();
  private final Map<String, Seen> nameOfCode = new HashMap<>();

  private record Seen(String value, int line) {}

  LookupChecks(LookupColumns columns) {
    this.columns = columns;
  }

  void check(int line, List<String> values) {
    if (values.size() != columns.width()) {
      problems.add(LookupProblem.at(line, "row.columnCount", values.size(), columns.width()));
      return;
    }
    String lad = code(line, values, LookupField.LAD_CODE);
    String csp = code(line, values, LookupField.CSP_CODE);
    String pfa = code(line, values, LookupField.PFA_CODE);
    String ladName = name(line, values, LookupField.LAD_NAME);
    String cspName = name(line, values, LookupField.CSP_NAME);
    String pfaName = name(line, values, LookupField.PFA_NAME);
    int before = problems.size();
    if (lad != null
        && csp != null
        && pfa != null
        && (lad.charAt(0) != csp.charAt(0) || csp.charAt(0) != pfa.charAt(0))) {
      problems.add(LookupProblem.at(line, "row.countriesDiffer", lad, csp, pfa));
    }
    if (lad != null && csp != null) {
      Integer earlier = pairs.putIfAbsent(lad + "/" + csp, line);
      if (earlier != null) {
        problems.add(LookupProblem.at(line, "row.duplicate", lad, csp, earlier));
      }
    }
    if (csp != null && pfa != null) {
      Seen placed = forceAreaOfCsp.putIfAbsent(csp, new Seen(pfa, line));
      if (placed != null && !placed.value().equals(pfa)) {
        problems.add(
            LookupProblem.at(
                line, "row.cspInTwoForceAreas", csp, pfa, placed.value(), placed.line()));
      }
    }
    sameName(line, lad, ladName);
    sameName(line, csp, cspName);
    sameName(line, pfa, pfaName);
    if (problems.size() > before
        || lad == null
        || csp == null
        || pfa == null
        || ladName == null
        || cspName == null
        || pfaName == null) {
      return;
    }
    rows.add(
        new LookupRow(
            line,
            lad,
            ladName,
            columns.value(values, LookupField.LAD_NAME_CY),
            csp,
            cspName,
            columns.value(values, LookupField.CSP_NAME_CY),
            pfa,
            pfaName,
            columns.value(values, LookupField.PFA_NAME_CY)));
  }

  private String code(int line, List<String> values, LookupField field) {
    String value = columns.value(values, field);
    if (value == null) {
      problems.add(LookupProblem.at(line, "row.empty", field));
      return null;
    }
    String code = value.toUpperCase(Locale.ROOT);
    AreaType type = field.areaType();
    if (!type.accepts(code)) {
      problems.add(
          LookupProblem.at(line, "row.badCode", value, field, String.join(", ", type.prefixes())));
      return null;
    }
    return code;
  }

  private String name(int line, List<String> values, LookupField field) {
    String value = columns.value(values, field);
    if (value == null) {
      problems.add(LookupProblem.at(line, "row.empty", field));
    }
    return value;
  }

  private void sameName(int line, String code, String name) {
    if (code == null || name == null) {
      return;
    }
    Seen first = nameOfCode.putIfAbsent(code, new Seen(name, line));
    if (first != null && !first.value().equals(name)) {
      problems.add(
          LookupProblem.at(line, "row.nameDiffers", code, name, first.value(), first.line()));
    }
  }

  List<LookupProblem> problems() {
    return problems;
  }

  List<LookupRow> rows() {
    return rows;
  }

  VintageCounts counts() {
    Set<String> lads = new HashSet<>();
    Set<String> csps = new HashSet<>();
    Set<String> pfas = new HashSet<>();
    rows.forEach(
        row -> {
          lads.add(row.ladCode());
          csps.add(row.cspCode());
          pfas.add(row.pfaCode());
        });
    return new VintageCounts(rows.size(), lads.size(), csps.size(), pfas.size());
  }
}
