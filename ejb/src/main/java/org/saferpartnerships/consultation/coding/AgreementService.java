package org.saferpartnerships.consultation.coding;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.saferpartnerships.consultation.ConsultationRepository;
import org.saferpartnerships.identity.Role;

/**
 * How far two analysts agree: Cohen's kappa for each theme over the answers both coded, the answers
 * they coded differently (the first {@value #MAX_DISAGREEMENTS}), and every pair of analysts with
 * how many answers they have in common; without a pair named, the pair with the most.
 */
@Stateless
@RolesAllowed({Role.Names.HOME_OFFICE_ANALYST, Role.Names.PCC_REVIEWER, Role.Names.ADMIN})
public class AgreementService {

  static final int MAX_DISAGREEMENTS = 200;

  @PersistenceContext private EntityManager em;

  @EJB private ConsultationRepository consultations;

  /** The agreement of {@code first} and {@code second}, or of the pair with most in common. */
  public AgreementReport agreement(long consultationId, String first, String second) {
    consultations.visible(consultationId);
    Map<Long, Map<String, Set<Long>>> codings = codings(consultationId);
    List<AgreementReport.Pair> pairs = pairs(codings);
    if (first == null || second == null) {
      if (pairs.isEmpty()) {
        return new AgreementReport(null, null, 0, List.of(), List.of(), List.of());
      }
      first = pairs.get(0).first();
      second = pairs.get(0).second();
    }
    List<Theme> themes =
        em.createQuery(
                "SELECT t FROM Theme t WHERE t.consultation.id = :c ORDER BY t.code", Theme.class)
            .setParameter("c", consultationId)
            .getResultList();
    Comparison comparison = compare(codings, themes, first, second);
    return new AgreementReport(
        first,
        second,
        comparison.shared,
        perTheme(themes, comparison.counts),
        disagreements(themes, comparison.disagreed),
        pairs);
  }

  /** Answer, then coder, then the themes they gave, for the answers two or more analysts coded. */
  private Map<Long, Map<String, Set<Long>>> codings(long consultationId) {
    Map<Long, Map<String, Set<Long>>> codings = new TreeMap<>();
    for (CoderThemes row :
        em.createQuery(
                "SELECT NEW org.saferpartnerships.consultation.coding.CoderThemes(v.answer.id,"
                    + " v.coder, t.id) FROM AnswerReview v LEFT JOIN v.themes at"
                    + " LEFT JOIN at.theme t WHERE v.answer.response.consultation.id = :c"
                    + " AND (SELECT COUNT(w) FROM AnswerReview w WHERE w.answer = v.answer) >= 2",
                CoderThemes.class)
            .setParameter("c", consultationId)
            .getResultList()) {
      Set<Long> given =
          codings
              .computeIfAbsent(row.answerId(), k -> new TreeMap<>())
              .computeIfAbsent(row.coder(), k -> new TreeSet<>());
      if (row.themeId() != null) {
        given.add(row.themeId());
      }
    }
    return codings;
  }

  /** Every pair of analysts with the answers they both coded, most first. */
  private static List<AgreementReport.Pair> pairs(Map<Long, Map<String, Set<Long>>> codings) {
    Map<List<String>, Integer> pairs = new LinkedHashMap<>();
    for (Map<String, Set<Long>> byCoder : codings.values()) {
      List<String> coders = new ArrayList<>(byCoder.keySet());
      for (int i = 0; i < coders.size(); i++) {
        for (int j = i + 1; j < coders.size(); j++) {
          pairs.merge(List.of(coders.get(i), coders.get(j)), 1, Integer::sum);
        }
      }
    }
    return pairs.entrySet().stream()
        .map(e -> new AgreementReport.Pair(e.getKey().get(0), e.getKey().get(1), e.getValue()))
        .sorted((a, b) -> Integer.compare(b.shared(), a.shared()))
        .toList();
  }

  /** The two analysts' codings side by side: per theme, both/first only/second only/neither. */
  private record Comparison(
      int shared, Map<Long, int[]> counts, Map<Long, List<Set<Long>>> disagreed) {}

  private static Comparison compare(
      Map<Long, Map<String, Set<Long>>> codings, List<Theme> themes, String first, String second) {
    Map<Long, int[]> counts = new HashMap<>();
    themes.forEach(t -> counts.put(t.getId(), new int[4]));
    Map<Long, List<Set<Long>>> disagreed = new LinkedHashMap<>();
    int shared = 0;
    for (Map.Entry<Long, Map<String, Set<Long>>> entry : codings.entrySet()) {
      Set<Long> a = entry.getValue().get(first);
      Set<Long> b = entry.getValue().get(second);
      if (a == null || b == null) {
        continue;
      }
      shared++;
      for (Map.Entry<Long, int[]> theme : counts.entrySet()) {
        boolean inA = a.contains(theme.getKey());
        boolean inB = b.contains(theme.getKey());
        theme.getValue()[inA ? (inB ? 0 : 1) : (inB ? 2 : 3)]++;
      }
      if (!a.equals(b) && disagreed.size() < MAX_DISAGREEMENTS) {
        disagreed.put(entry.getKey(), List.of(a, b));
      }
    }
    return new Comparison(shared, counts, disagreed);
  }

  private static List<AgreementReport.ThemeAgreement> perTheme(
      List<Theme> themes, Map<Long, int[]> counts) {
    List<AgreementReport.ThemeAgreement> perTheme = new ArrayList<>();
    for (Theme t : themes) {
      int[] c = counts.get(t.getId());
      Agreement agreement = new Agreement(c[0], c[1], c[2], c[3]);
      perTheme.add(
          new AgreementReport.ThemeAgreement(
              t.getId(),
              t.getCode(),
              t.getLabelEn(),
              t.getLabelCy(),
              c[0],
              c[1],
              c[2],
              c[3],
              agreement.kappa(),
              agreement.strength()));
    }
    return perTheme;
  }

  /** The answers coded differently, with their text and each analyst's theme codes. */
  private List<AgreementReport.Disagreement> disagreements(
      List<Theme> themes, Map<Long, List<Set<Long>>> disagreed) {
    Map<Long, String> codes = new HashMap<>();
    themes.forEach(t -> codes.put(t.getId(), t.getCode()));
    Map<Long, String> texts = new HashMap<>();
    if (!disagreed.isEmpty()) {
      em.createQuery(
              "SELECT NEW org.saferpartnerships.consultation.coding.AnswerText(a.id, a.text)"
                  + " FROM ConsultationAnswer a WHERE a.id IN :ids",
              AnswerText.class)
          .setParameter("ids", List.copyOf(disagreed.keySet()))
          .getResultList()
          .forEach(row -> texts.put(row.answerId(), row.text()));
    }
    List<AgreementReport.Disagreement> disagreements = new ArrayList<>();
    disagreed.forEach(
        (answer, both) ->
            disagreements.add(
                new AgreementReport.Disagreement(
                    answer,
                    texts.get(answer),
                    both.get(0).stream().map(codes::get).sorted().toList(),
                    both.get(1).stream().map(codes::get).sorted().toList())));
    return disagreements;
  }
}
