package org.saferpartnerships.accountability.published;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.saferpartnerships.partnership.registry.AreaRepository;
import org.saferpartnerships.platform.errors.NotFoundException;
import org.saferpartnerships.platform.persistence.Page;
import org.saferpartnerships.platform.persistence.PageRequest;
import org.saferpartnerships.submission.DocumentFile;
import org.saferpartnerships.submission.SubmissionDocument;
import org.saferpartnerships.submission.SubmissionState;
import org.saferpartnerships.submission.SubmissionType;

/**
 * What a policing body must publish of the reports it receives under CDA s7 (DOMAIN.md section 1:
 * the Specified Information Order): every reply to a report request once sent, with the documents
 * of the version last sent. Public: open to anyone, without signing in. Drafts, replies withdrawn
 * and earlier versions are not published.
 */
@Stateless
@PermitAll
public class PublishedReports {

  private static final String FROM =
      " FROM Submission s JOIN s.csp c JOIN s.pfa p, ReportRequest r JOIN r.body b"
          + " WHERE r.id = s.reportRequestId AND s.type = :type AND s.firstSubmittedAt IS NOT NULL AND s.state <> :withdrawn";

  @PersistenceContext private EntityManager em;

  /** One page of the reports received, newest first; of one force area when given. */
  public Page<PublishedReport> list(String pfaCode, @NotNull PageRequest page) {
    String area = pfaCode == null || pfaCode.isBlank() ? null : AreaRepository.normalise(pfaCode);
    String where = FROM + (area == null ? "" : " AND p.gssCode = :pfa");
    long total =
        bind(em.createQuery("SELECT COUNT(s)" + where, Long.class), area).getSingleResult();
    List<PublishedRow> rows =
        bind(
                em.createQuery(
                    "SELECT NEW org.saferpartnerships.accountability.published.PublishedRow(s.id, p.gssCode, p.name, c.gssCode, c.name,"
                        + " c.nameCy, b.name, r.subject, s.title, r.requestedOn, r.dueOn,"
                        + " s.firstSubmittedOn)"
                        + where
                        + " ORDER BY s.firstSubmittedAt DESC, s.id DESC",
                    PublishedRow.class),
                area)
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultList();
    Map<Long, List<PublishedReport.Document>> documents =
        documents(rows.stream().map(PublishedRow::id).toList());
    List<PublishedReport> reports = new ArrayList<>();
    for (PublishedRow row : rows) {
      reports.add(
          new PublishedReport(
              row.id(),
              row.pfaCode(),
              row.pfaName(),
              row.cspCode(),
              row.cspName(),
              row.cspNameCy(),
              row.bodyName(),
              row.subject(),
              row.title(),
              row.requestedOn(),
              row.dueOn(),
              row.receivedOn(),
              documents.getOrDefault(row.id(), List.of())));
    }
    return new Page<>(reports, total);
  }

  /** A published document's bytes; anything else (a draft's, an earlier version's) is not found. */
  public DocumentFile document(long reportId, long documentId) {
    List<SubmissionDocument> found =
        em.createQuery(
                "SELECT d FROM SubmissionDocument d JOIN d.owner v JOIN v.submission s"
                    + " WHERE d.id = :document AND s.id = :report AND s.type = :type"
                    + " AND s.firstSubmittedAt IS NOT NULL AND s.state <> :withdrawn"
                    + " AND v.number = (SELECT MAX(v2.number) FROM SubmissionVersion v2"
                    + " WHERE v2.submission = s AND v2.submittedAt IS NOT NULL)",
                SubmissionDocument.class)
            .setParameter("document", documentId)
            .setParameter("report", reportId)
            .setParameter("type", SubmissionType.REPORT_REQUEST_REPLY)
            .setParameter("withdrawn", SubmissionState.WITHDRAWN)
            .getResultList();
    if (found.isEmpty()) {
      throw new NotFoundException("notFound.document", documentId);
    }
    SubmissionDocument document = found.get(0);
    return new DocumentFile(
        document.getFileName(), document.getContentType(), document.getContent());
  }

  /** The documents of each report's last version sent, in one query. */
  private Map<Long, List<PublishedReport.Document>> documents(List<Long> reports) {
    Map<Long, List<PublishedReport.Document>> byReport = new HashMap<>();
    if (reports.isEmpty()) {
      return byReport;
    }
    em.createQuery(
            "SELECT NEW org.saferpartnerships.accountability.published.DocumentRow(s.id, d.id, d.fileName, d.sizeBytes)"
                + " FROM SubmissionDocument d JOIN d.owner v"
                + " JOIN v.submission s WHERE s.id IN :reports AND v.number ="
                + " (SELECT MAX(v2.number) FROM SubmissionVersion v2 WHERE v2.submission = s"
                + " AND v2.submittedAt IS NOT NULL) ORDER BY d.id",
            DocumentRow.class)
        .setParameter("reports", reports)
        .getResultList()
        .forEach(
            row ->
                byReport
                    .computeIfAbsent(row.reportId(), id -> new ArrayList<>())
                    .add(
                        new PublishedReport.Document(
                            row.id(),
                            row.fileName(),
                            Math.max(1, (row.sizeBytes() + 1023) / 1024))));
    return byReport;
  }

  private static <T> TypedQuery<T> bind(TypedQuery<T> query, String area) {
    query.setParameter("type", SubmissionType.REPORT_REQUEST_REPLY);
    query.setParameter("withdrawn", SubmissionState.WITHDRAWN);
    if (area != null) {
      query.setParameter("pfa", area);
    }
    return query;
  }
}
