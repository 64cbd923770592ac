package org.saferpartnerships.web.consultation;

import jakarta.ejb.EJB;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.saferpartnerships.consultation.ConsultationService;
import org.saferpartnerships.consultation.ConsultationView;
import org.saferpartnerships.consultation.coding.CodebookService;
import org.saferpartnerships.consultation.coding.CodingFilter;
import org.saferpartnerships.consultation.coding.CodingService;
import org.saferpartnerships.consultation.coding.ThemeView;
import org.saferpartnerships.consultation.responses.AnswerLine;
import org.saferpartnerships.platform.persistence.Page;
import org.saferpartnerships.platform.persistence.PageRequest;
import org.saferpartnerships.web.Hidden;
import org.saferpartnerships.web.Language;
import org.saferpartnerships.web.Options;
import org.saferpartnerships.web.PageMessages;
import org.saferpartnerships.web.Paging;

/**
 * The written answers to code (consultation/coding.xhtml?id=&amp;question=&amp;filter=&amp;q=),
 * paged and filtered in the database, each with the caller's themes and how many analysts coded it.
 */
@Named
@ViewScoped
public class CodingPage implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int PAGE_SIZE = 25;

  @EJB private transient ConsultationService consultations;

  @EJB private transient CodingService coding;

  @EJB private transient CodebookService codebook;

  @Inject private transient PageMessages messages;

  @Inject private transient Language language;

  private Long id;
  private Long question;
  private Long category;
  private Long theme;
  private List<ThemeView> themes;
  private String filter;
  private String q;
  private int page;
  private ConsultationView consultation;
  private Page<AnswerLine> answers;

  public String load() {
    consultation = id == null ? null : Hidden.orNull(() -> consultations.view(id));
    if (consultation == null) {
      return Hidden.notFound();
    }
    CodingFilter chosen;
    try {
      chosen = filter == null || filter.isBlank() ? CodingFilter.ALL : CodingFilter.valueOf(filter);
    } catch (IllegalArgumentException e) {
      chosen = CodingFilter.ALL;
    }
    if (question != null && consultation.questions().stream().noneMatch(x -> x.id() == question)) {
      question = null;
    }
    page = Math.max(0, page);
    if (category != null && consultation.categories().stream().noneMatch(x -> x.id() == category)) {
      category = null;
    }
    themes = codebook.codebook(id);
    if (theme != null && themes.stream().noneMatch(x -> x.id() == theme)) {
      theme = null;
    }
    answers =
        coding.answers(
            id,
            question,
            chosen,
            q,
            category,
            theme,
            new PageRequest(page, PAGE_SIZE, null, false));
    return null;
  }

  public List<SelectItem> getQuestionOptions() {
    return consultation.questions().stream()
        .filter(x -> !x.closed())
        .map(x -> new SelectItem(x.id(), x.code() + ": " + language.pick(x.textEn(), x.textCy())))
        .toList();
  }

  public List<SelectItem> getCategoryOptions() {
    return consultation.categories().stream()
        .map(x -> new SelectItem(x.id(), language.pick(x.labelEn(), x.labelCy())))
        .toList();
  }

  public List<SelectItem> getThemeOptions() {
    return themes.stream()
        .map(
            x ->
                new SelectItem(
                    x.id(),
                    "\u00a0\u00a0".repeat(x.depth())
                        + x.code()
                        + ": "
                        + language.pick(x.labelEn(), x.labelCy())))
        .toList();
  }

  public List<SelectItem> getFilterOptions() {
    return Options.of(CodingFilter.class, "codingFilter.", messages);
  }

  public List<AnswerLine> getItems() {
    return answers.items();
  }

  public Paging getPaging() {
    return new Paging(page, PAGE_SIZE, answers.total());
  }

  public long getTotal() {
    return answers.total();
  }

  public ConsultationView getConsultation() {
    return consultation;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Long getQuestion() {
    return question;
  }

  public void setQuestion(Long question) {
    this.question = question;
  }

  public Long getCategory() {
    return category;
  }

  public void setCategory(Long category) {
    this.category = category;
  }

  public Long getTheme() {
    return theme;
  }

  public void setTheme(Long theme) {
    this.theme = theme;
  }

  public String getFilter() {
    return filter;
  }

  public void setFilter(String filter) {
    this.filter = filter;
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = page;
  }
}
