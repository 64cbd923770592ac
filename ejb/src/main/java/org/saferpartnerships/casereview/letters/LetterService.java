package org.saferpartnerships.casereview.letters;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.saferpartnerships.audit.AuditAction;
import org.saferpartnerships.audit.AuditLog;
import org.saferpartnerships.casereview.CaseReview;
import org.saferpartnerships.casereview.CaseReviewService;
import org.saferpartnerships.casereview.ContactMethod;
import org.saferpartnerships.casereview.complaints.ComplaintLine;
import org.saferpartnerships.casereview.review.CaseRecommendation;
import org.saferpartnerships.casereview.threshold.ThresholdRoute;
import org.saferpartnerships.casereview.victims.VictimType;
import org.saferpartnerships.platform.files.Sha256;

/**
 * Writes a letter to the applicant: fills the template of its kind in the applicant's language (the
 * CSP's own, else the national one), lays it out as PDF (large print where the applicant asked for
 * it), keeps it with the case, and queues it by e-mail where the applicant chose e-mail. Runs in
 * the transaction of the step that calls for the letter.
 */
@Stateless
public class LetterService {

  private static final String BUNDLE = "org.saferpartnerships.casereview.case_mail";
  private static final ZoneId UK = ZoneId.of("Europe/London");

  @PersistenceContext private EntityManager em;

  @EJB private AuditLog audit;

  public CaseLetter issue(CaseReview review, LetterKind kind, Instant at, String by) {
    return issue(review, kind, at, by, List.of());
  }

  /**
   * Writes a letter of the kind, with the complaints the decision was made on and the engine's word
   * on each (a threshold decision letter says which counted and why the others did not).
   */
  public CaseLetter issue(
      CaseReview review, LetterKind kind, Instant at, String by, List<ComplaintLine> complaints) {
    boolean welsh = "cy".equals(review.getLanguage());
    Locale locale = welsh ? Locale.forLanguageTag("cy") : Locale.UK;
    ResourceBundle text =
        ResourceBundle.getBundle(
            BUNDLE,
            welsh ? locale : Locale.ROOT,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    LetterTemplate template = template(review, kind);
    String partnership =
        welsh && review.getCsp().getNameCy() != null
            ? review.getCsp().getNameCy()
            : review.getCsp().getName();
    Map<String, String> values = values(review, partnership, text, locale, at);
    values.put("complaints", complaints(complaints, text, locale));
    String subject = LetterText.fill(template.getSubject(), values);
    byte[] pdf =
        PdfLetter.render(
            new PdfLetter.Content(
                partnership,
                values.get("date"),
                new MessageFormat(text.getString("letter.reference"), locale)
                    .format(new Object[] {review.getReference()}),
                addressee(review),
                subject,
                LetterText.fill(template.getBody(), values),
                review.getLanguage(),
                largePrint(review.getAccessibilityNeeds())));
    String fileName =
        review.getReference()
            + "-"
            + kind.name().toLowerCase(Locale.ROOT).replace('_', '-')
            + "-"
            + review.getLanguage()
            + ".pdf";
    CaseLetter letter = new CaseLetter(review, kind, fileName, pdf, sha256(pdf), at, by);
    em.persist(letter);
    em.flush();
    String email =
        review.getApplicant().isApplicantIsVictim()
            ? review.getVictim().getVictimEmail()
            : review.getApplicant().getApplicantEmail();
    if (review.getContactMethod() == ContactMethod.EMAIL && email != null) {
      em.persist(
          new CaseMessage(review, CaseMessageKind.LETTER, email, at).withLetter(letter.getId()));
    }
    audit.record(
        by,
        AuditAction.DISCLOSE,
        CaseReviewService.SUBJECT,
        review.getReference(),
        review.getCsp().getId(),
        "letter " + kind + " (" + review.getContactMethod() + ")");
    return letter;
  }

  /** What a letter's template may fill in: names, dates, the decision, the review, the closure. */
  private Map<String, String> values(
      CaseReview review, String partnership, ResourceBundle text, Locale locale, Instant at) {
    DateTimeFormatter days = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
    Map<String, String> values = new HashMap<>();
    values.put("name", correspondent(review));
    values.put("reference", review.getReference());
    values.put("partnership", partnership);
    values.put("date", days.format(at.atZone(UK)));
    values.put("receivedOn", days.format(review.getReceivedOn()));
    if (review.getThreshold().getThresholdOutcome() != null) {
      String decision =
          review.getThreshold().getThresholdRoute() == ThresholdRoute.DISCRETION
              ? "DISCRETION"
              : review.getThreshold().getThresholdOutcome().name();
      values.put("decision", text.getString("letter.decision." + decision));
      values.put("qualifying", String.valueOf(review.getThreshold().getThresholdQualifying()));
      values.put(
          "required", String.valueOf(review.getThresholdRule().terms().complaintsRequired()));
    }
    values.put("reviewHeldOn", date(days, review.getMeeting().getReviewHeldOn()));
    values.put("summary", review.getMeeting().getReviewSummary());
    values.put("recommendations", recommendations(review, text, locale));
    values.put("closureReason", review.getClosureReason());
    if (review.getEscalation().getEscalationOutcome() != null) {
      values.put(
          "escalationOutcome",
          text.getString("letter.escalation." + review.getEscalation().getEscalationOutcome()));
      values.put("escalationReasons", review.getEscalation().getEscalationReasons());
    }
    return values;
  }

  /** Whether the applicant asked for large print, in English or Welsh. */
  static boolean largePrint(String needs) {
    if (needs == null) {
      return false;
    }
    String lower = needs.toLowerCase(Locale.ROOT);
    return lower.contains("large print") || lower.contains("print bras");
  }

  private LetterTemplate template(CaseReview review, LetterKind kind) {
    List<LetterTemplate> found =
        em.createQuery(
                "SELECT t FROM LetterTemplate t LEFT JOIN t.csp c WHERE t.kind = :kind"
                    + " AND t.language = :language AND (c = :csp OR c IS NULL)",
                LetterTemplate.class)
            .setParameter("kind", kind)
            .setParameter("language", review.getLanguage())
            .setParameter("csp", review.getCsp())
            .getResultList();
    return found.stream()
        .filter(t -> t.getCsp() != null)
        .findFirst()
        .or(() -> found.stream().findFirst())
        .orElseThrow(() -> new IllegalStateException("no template " + kind));
  }

  private static String correspondent(CaseReview review) {
    if (!review.getApplicant().isApplicantIsVictim()) {
      return review.getApplicant().getApplicantName();
    }
    return review.getVictim().getVictimType() == VictimType.PERSON
            || review.getVictim().getContactName() == null
        ? review.getVictim().getVictimName()
        : review.getVictim().getContactName();
  }

  private static List<String> addressee(CaseReview review) {
    List<String> lines = new ArrayList<>();
    lines.add(correspondent(review));
    if (review.getVictim().getAddress() != null) {
      for (String part : review.getVictim().getAddress().split("[,\\n]")) {
        if (!part.isBlank()) {
          lines.add(part.trim());
        }
      }
    }
    if (review.getVictim().getPostcode() != null) {
      lines.add(review.getVictim().getPostcode());
    }
    return lines;
  }

  /**
   * Each complaint as a numbered line in the applicant's language: when the behaviour was, to whom
   * and when it was reported, and whether it counted, with the boundary it crossed if it did not.
   */
  static String complaints(List<ComplaintLine> complaints, ResourceBundle text, Locale locale) {
    if (complaints.isEmpty()) {
      return text.getString("letter.complaints.none");
    }
    DateTimeFormatter days = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
    List<Long> order = complaints.stream().map(ComplaintLine::id).toList();
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < complaints.size(); i++) {
      ComplaintLine c = complaints.get(i);
      Object[] why =
          switch (c.outcome()) {
            case REPORTED_TOO_LATE -> new Object[] {c.reportDay(), days.format(c.reportBy())};
            case OUTSIDE_WINDOW -> new Object[] {days.format(c.applyBy())};
            case SAME_INCIDENT -> new Object[] {order.indexOf(c.sameAs()) + 1};
            default -> new Object[0];
          };
      String verdict =
          new MessageFormat(text.getString("letter.complaint." + c.outcome()), locale).format(why);
      lines
          .append(
              new MessageFormat(text.getString("letter.complaint"), locale)
                  .format(
                      new Object[] {
                        i + 1,
                        days.format(c.incidentDate()),
                        text.getString("letter.agency." + c.agency()),
                        days.format(c.reportedOn()),
                        verdict
                      }))
          .append('\n');
    }
    return lines.toString().strip();
  }

  private String recommendations(CaseReview review, ResourceBundle text, Locale locale) {
    List<CaseRecommendation> made =
        em.createQuery(
                "SELECT r FROM CaseRecommendation r WHERE r.caseReview = :review ORDER BY r.seq",
                CaseRecommendation.class)
            .setParameter("review", review)
            .getResultList();
    if (made.isEmpty()) {
      return text.getString("letter.recommendations.none");
    }
    StringBuilder lines = new StringBuilder();
    for (CaseRecommendation r : made) {
      String response =
          r.getResponse() == null
              ? text.getString("letter.response.NONE")
              : new MessageFormat(text.getString("letter.response." + r.getResponse()), locale)
                  .format(new Object[] {r.getResponseText()});
      lines
          .append(
              new MessageFormat(text.getString("letter.recommendation"), locale)
                  .format(
                      new Object[] {
                        r.getSeq(),
                        text.getString("letter.body." + r.getTargetBody()),
                        r.getText(),
                        response
                      }))
          .append('\n');
    }
    return lines.toString().strip();
  }

  private static String date(DateTimeFormatter days, LocalDate date) {
    return date == null ? "" : days.format(date);
  }

  private static String sha256(byte[] content) {
    return Sha256.hex(content);
  }
}
