package org.saferpartnerships.web.consultation;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.StreamedContent;
import org.saferpartnerships.consultation.ConsultationService;
import org.saferpartnerships.consultation.ConsultationView;
import org.saferpartnerships.consultation.coding.CodebookService;
import org.saferpartnerships.consultation.coding.ThemeView;
import org.saferpartnerships.consultation.suggestions.SuggestionLine;
import org.saferpartnerships.consultation.suggestions.SuggestionRun;
import org.saferpartnerships.consultation.suggestions.SuggestionRunView;
import org.saferpartnerships.consultation.suggestions.SuggestionService;
import org.saferpartnerships.platform.persistence.Page;
import org.saferpartnerships.platform.persistence.PageRequest;
import org.saferpartnerships.web.Hidden;
import org.saferpartnerships.web.Language;
import org.saferpartnerships.web.PageMessages;
import org.saferpartnerships.web.Paging;
import org.saferpartnerships.web.ShowsRefusal;
import org.saferpartnerships.web.tables.Columns;
import org.saferpartnerships.web.tables.TableDownload;

/**
 * Suggested themes (consultation/suggestions.xhtml?id=&amp;theme=&amp;page=): train them on the
 * coding so far, see how well they did on the coded answers held back (beside the baseline), and
 * accept or reject each suggestion waiting, most confident first.
 */
@Named
@ViewScoped
public class SuggestionsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  static final int PAGE_SIZE = 25;

  @EJB private transient ConsultationService consultations;

  @EJB private transient SuggestionService suggestions;

  @EJB private transient CodebookService codebook;

  @Inject private transient PageMessages messages;

  @Inject private transient Language language;

  private Long id;
  private Long theme;
  private int page;
  private ConsultationView consultation;
  private SuggestionRunView run;
  private List<ThemeView> themes = List.of();
  private Page<SuggestionLine> open = new Page<>(List.of(), 0);

  public String load() {
    consultation = id == null ? null : Hidden.orNull(() -> consultations.view(id));
    if (consultation == null) {
      return Hidden.notFound();
    }
    page = Math.max(0, page);
    themes = codebook.codebook(id);
    refresh();
    open = suggestions.open(id, theme, new PageRequest(page, PAGE_SIZE, null, false));
    if (open.items().isEmpty() && page > 0) {
      page = Paging.lastPage(open.total(), PAGE_SIZE);
      open = suggestions.open(id, theme, new PageRequest(page, PAGE_SIZE, null, false));
    }
    return null;
  }

  /** Reads the latest training again (the page polls while it runs). */
  public void refresh() {
    run = suggestions.latest(id).orElse(null);
  }

  @ShowsRefusal
  public String train() {
    run = suggestions.start(id);
    messages.info("suggestions.started");
    return null;
  }

  @ShowsRefusal
  public String accept(SuggestionLine line) {
    return decide(line, true);
  }

  @ShowsRefusal
  public String reject(SuggestionLine line) {
    return decide(line, false);
  }

  private String decide(SuggestionLine line, boolean accept) {
    suggestions.decide(id, line.id(), accept, line.version());
    messages.info(accept ? "suggestions.accepted" : "suggestions.rejected");
    return "/consultation/suggestions?faces-redirect=true&id="
        + id
        + (theme == null ? "" : "&theme=" + theme)
        + "&page="
        + page;
  }

  /** Every suggestion waiting (of the chosen theme, or all), most confident first. */
  public StreamedContent download(String format) {
    Columns<SuggestionLine> columns =
        new Columns<SuggestionLine>()
            .add("answer_id", "column.answerId", SuggestionLine::answerId)
            .add("question", "consultation.question", SuggestionLine::questionCode)
            .add("answer", "coding.answer", SuggestionLine::text)
            .add("theme_code", "column.themeCode", SuggestionLine::themeCode)
            .add("theme", "suggestions.theme", l -> language.pick(l.labelEn(), l.labelCy()))
            .add("confidence", "suggestions.confidence", SuggestionLine::confidence);
    return TableDownload.of(
        format,
        "suggestions-" + id,
        messages.text("suggestions.title"),
        columns,
        messages,
        n -> suggestions.open(id, theme, TableDownload.page(n, null, false)));
  }

  public boolean isWorking() {
    return run != null && !run.state().finished();
  }

  public boolean isDone() {
    return run != null && run.state() == SuggestionRun.State.DONE;
  }

  public Paging getPaging() {
    return new Paging(page, PAGE_SIZE, open.total());
  }

  public List<SuggestionLine> getItems() {
    return open.items();
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Long getTheme() {
    return theme;
  }

  public void setTheme(Long theme) {
    this.theme = theme;
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = page;
  }

  public ConsultationView getConsultation() {
    return consultation;
  }

  public SuggestionRunView getRun() {
    return run;
  }

  public List<ThemeView> getThemes() {
    return themes;
  }
}
