package org.saferpartnerships.web.submission;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.saferpartnerships.platform.errors.NotFoundException;
import org.saferpartnerships.submission.DocumentFile;
import org.saferpartnerships.submission.SubmissionDetail;
import org.saferpartnerships.submission.SubmissionReader;
import org.saferpartnerships.submission.SubmissionService;
import org.saferpartnerships.submission.VersionContent;
import org.saferpartnerships.submission.VersionView;
import org.saferpartnerships.submission.review.CheckAnswer;
import org.saferpartnerships.submission.review.CheckView;
import org.saferpartnerships.submission.review.SubmissionReviewService;
import org.saferpartnerships.web.Hidden;
import org.saferpartnerships.web.Options;
import org.saferpartnerships.web.PageMessages;
import org.saferpartnerships.web.ShowsRefusal;
import org.saferpartnerships.workflow.documents.AttachmentUpload;
import org.saferpartnerships.workflow.documents.DocumentRules;

/**
 * A submission's page (submission/submission.xhtml?id=): what it is and where it stands; for its
 * coordinator, the version being prepared with its documents, submit and withdraw; for the
 * reviewing office, claim, the checklist, feedback, recommendations, sign-off and return; for both,
 * the earlier versions and the recommendations with the partnership's responses. A refusal says why
 * and changes nothing; a submission the user may not see does not exist.
 */
@Named
@ViewScoped
public class SubmissionPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private transient SubmissionService service;

  @EJB private transient SubmissionReviewService review;

  @EJB private transient SubmissionReader reader;

  @Inject private transient PageMessages messages;

  private Long id;
  private SubmissionDetail detail;
  private String title;
  private String periodFrom;
  private String periodTo;
  private String summary;
  private String priorities;
  private String measures;
  private transient Part upload;
  private String withdrawReason;
  private final Map<Long, String> answers = new HashMap<>();
  private final Map<Long, String> notes = new HashMap<>();
  private String feedback;
  private String recommendation;
  private String recommendationDue;
  private String returnReason;

  public String load() {
    try {
      detail = id == null ? null : reader.detail(id);
    } catch (NotFoundException | EJBException missing) {
      detail = null;
    }
    if (detail == null) {
      return Hidden.notFound();
    }
    VersionView current = detail.current();
    title = detail.summary().title();
    periodFrom = current.periodFrom() == null ? null : current.periodFrom().toString();
    periodTo = current.periodTo() == null ? null : current.periodTo().toString();
    summary = current.summary();
    priorities = String.join("\n", current.priorities());
    measures = String.join("\n", current.measures());
    feedback = detail.feedback();
    answers.clear();
    notes.clear();
    for (CheckView check : detail.checks()) {
      answers.put(check.checkId(), check.answer() == null ? "" : check.answer().name());
      notes.put(check.checkId(), check.note());
    }
    return null;
  }

  @ShowsRefusal("version:summary")
  public String save() {
    LocalDate from = date("version:periodFrom", periodFrom);
    LocalDate to = date("version:periodTo", periodTo);
    if (from == DATE_ERROR || to == DATE_ERROR) {
      return null;
    }
    service.edit(
        id,
        detail.version(),
        title,
        new VersionContent(
            from, to, summary, VersionContent.lines(priorities), VersionContent.lines(measures)));
    return done("submission.saved");
  }

  @ShowsRefusal("documents:file")
  public String uploadDocument() {
    String name = upload == null ? null : upload.getSubmittedFileName();
    if (name == null || name.isBlank()) {
      messages.error("documents:file", "submission.document.choose");
      return null;
    }
    try (InputStream in = upload.getInputStream()) {
      byte[] content = in.readNBytes(DocumentRules.MAX_BYTES + 1);
      service.upload(id, new AttachmentUpload(name, upload.getContentType(), content));
    } catch (IOException unreadable) {
      messages.error("documents:file", "submission.document.choose");
      return null;
    }
    messages.info("submission.uploaded", name);
    return reload();
  }

  @ShowsRefusal
  public String removeDocument(long documentId) {
    service.removeDocument(id, documentId);
    return done("submission.removed");
  }

  @ShowsRefusal
  public String submit() {
    service.submit(id, detail.version());
    return done("submission.submitted");
  }

  @ShowsRefusal("withdraw:reason")
  public String withdraw() {
    service.withdraw(id, detail.version(), withdrawReason);
    return done("submission.withdrawn");
  }

  @ShowsRefusal
  public String claim() {
    review.claim(id, detail.version());
    return done("submission.claimed");
  }

  @ShowsRefusal("checklist:save")
  public String saveChecklist() {
    Map<Long, CheckAnswer> chosen = new LinkedHashMap<>();
    answers.forEach(
        (check, answer) ->
            chosen.put(
                check, answer == null || answer.isBlank() ? null : CheckAnswer.valueOf(answer)));
    review.answers(id, chosen, notes);
    return done("submission.checklistSaved");
  }

  @ShowsRefusal("feedback:text")
  public String saveFeedback() {
    review.feedback(id, detail.version(), feedback);
    return done("submission.feedbackSaved");
  }

  @ShowsRefusal("recommend:text")
  public String recommend() {
    LocalDate due = date("recommend:due", recommendationDue);
    if (due == DATE_ERROR) {
      return null;
    }
    review.recommend(id, recommendation, due);
    recommendation = null;
    recommendationDue = null;
    return done("submission.recommended");
  }

  @ShowsRefusal
  public String signOff() {
    review.signOff(id, detail.version());
    return done("submission.signedOff");
  }

  @ShowsRefusal("return:reason")
  public String returnForChanges() {
    review.returnForChanges(id, detail.version(), returnReason);
    return done("submission.returnedForChanges");
  }

  public StreamedContent download(long documentId) {
    DocumentFile file = reader.document(id, documentId);
    byte[] content = file.content();
    return DefaultStreamedContent.builder()
        .name(file.fileName())
        .contentType(file.contentType())
        .contentLength((long) content.length)
        .stream(() -> new ByteArrayInputStream(content))
        .build();
  }

  public List<SelectItem> getAnswerOptions() {
    return Options.of(CheckAnswer.class, "checkAnswer.", messages);
  }

  /** The earlier versions, newest first (the current one has its own section). */
  public List<VersionView> getEarlierVersions() {
    List<VersionView> versions = new java.util.ArrayList<>(detail.versions());
    versions.remove(versions.size() - 1);
    java.util.Collections.reverse(versions);
    return versions;
  }

  private static final LocalDate DATE_ERROR = LocalDate.MIN;

  private LocalDate date(String field, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      messages.error(field, "submission.dateInvalid");
      return DATE_ERROR;
    }
  }

  private String done(String key) {
    messages.info(key, detail.summary().reference());
    return reload();
  }

  private String reload() {
    return "/submission/submission?faces-redirect=true&id=" + id;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public SubmissionDetail getDetail() {
    return detail;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getPeriodFrom() {
    return periodFrom;
  }

  public void setPeriodFrom(String periodFrom) {
    this.periodFrom = periodFrom;
  }

  public String getPeriodTo() {
    return periodTo;
  }

  public void setPeriodTo(String periodTo) {
    this.periodTo = periodTo;
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }

  public String getPriorities() {
    return priorities;
  }

  public void setPriorities(String priorities) {
    this.priorities = priorities;
  }

  public String getMeasures() {
    return measures;
  }

  public void setMeasures(String measures) {
    this.measures = measures;
  }

  public Part getUpload() {
    return upload;
  }

  public void setUpload(Part upload) {
    this.upload = upload;
  }

  public String getWithdrawReason() {
    return withdrawReason;
  }

  public void setWithdrawReason(String withdrawReason) {
    this.withdrawReason = withdrawReason;
  }

  public Map<Long, String> getAnswers() {
    return answers;
  }

  public Map<Long, String> getNotes() {
    return notes;
  }

  public String getFeedback() {
    return feedback;
  }

  public void setFeedback(String feedback) {
    this.feedback = feedback;
  }

  public String getRecommendation() {
    return recommendation;
  }

  public void setRecommendation(String recommendation) {
    this.recommendation = recommendation;
  }

  public String getRecommendationDue() {
    return recommendationDue;
  }

  public void setRecommendationDue(String recommendationDue) {
    this.recommendationDue = recommendationDue;
  }

  public String getReturnReason() {
    return returnReason;
  }

  public void setReturnReason(String returnReason) {
    this.returnReason = returnReason;
  }
}
