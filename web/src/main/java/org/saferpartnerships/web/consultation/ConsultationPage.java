package org.saferpartnerships.web.consultation;

import jakarta.ejb.EJB;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.model.StreamedContent;
import org.saferpartnerships.consultation.ConsultationService;
import org.saferpartnerships.consultation.ConsultationView;
import org.saferpartnerships.consultation.QuestionKind;
import org.saferpartnerships.consultation.QuestionRequest;
import org.saferpartnerships.consultation.imports.ConsultationImportService;
import org.saferpartnerships.consultation.imports.ImportView;
import org.saferpartnerships.consultation.reports.Tallies;
import org.saferpartnerships.consultation.reports.TallyService;
import org.saferpartnerships.consultation.responses.ResponseExport;
import org.saferpartnerships.web.Hidden;
import org.saferpartnerships.web.Language;
import org.saferpartnerships.web.Options;
import org.saferpartnerships.web.PageMessages;
import org.saferpartnerships.web.ShowsRefusal;
import org.saferpartnerships.web.figures.BarChart;

/**
 * A consultation (consultation/consultation.xhtml?id=): what it asks, a question added, its
 * imports, and the tallies of its closed questions overall and by respondent category, each drawn
 * as bars beside its figures.
 */
@Named
@ViewScoped
public class ConsultationPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private transient ConsultationService consultations;

  @EJB private transient ConsultationImportService imports;

  @EJB private transient TallyService tallyService;

  @EJB private transient ResponseExport export;

  @Inject private transient PageMessages messages;

  @Inject private transient Language language;

  private Long id;
  private ConsultationView consultation;
  private Tallies tallies;
  private List<ImportView> importList;
  private String code;
  private String textEn;
  private String textCy;
  private String kind;
  private String options;

  public String load() {
    consultation = id == null ? null : Hidden.orNull(() -> consultations.view(id));
    if (consultation == null) {
      return Hidden.notFound();
    }
    tallies = tallyService.tallies(id);
    importList = imports.imports(id);
    return null;
  }

  @ShowsRefusal("question:textEn")
  public String addQuestion() {
    List<QuestionKind.Label> labels = new ArrayList<>();
    if (options != null) {
      for (String line : options.split("\\R")) {
        if (line.isBlank()) {
          continue;
        }
        String[] parts = line.split("\\|", 2);
        labels.add(
            new QuestionKind.Label(parts[0].strip(), parts.length > 1 ? parts[1].strip() : null));
      }
    }
    QuestionKind chosen = kind == null || kind.isBlank() ? null : QuestionKind.valueOf(kind);
    consultations.addQuestion(
        id,
        consultation.version(),
        new QuestionRequest(
            code, textEn, textCy, chosen, chosen != null && chosen.takesOptions() ? labels : null));
    messages.info("consultation.questionAdded");
    return "/consultation/consultation?faces-redirect=true&id=" + id;
  }

  /**
   * Every response with its answers and themes, as CSV, XLSX or ODS, headings in the page's
   * language.
   */
  public StreamedContent download(String format) {
    return ResponseDownload.of(format, consultation, export, messages, language);
  }

  public List<SelectItem> getKindOptions() {
    return Options.of(QuestionKind.class, "questionKind.", messages);
  }

  /** A category's label in the page's language; respondents with none are "Not given". */
  public String categoryLabel(Tallies.CategoryTotal category) {
    return category.categoryId() == null
        ? messages.text("tallies.noCategory")
        : language.pick(category.labelEn(), category.labelCy());
  }

  /**
   * A closed question's counts as a chart: one bar per option (along the vertical axis, for their
   * labels), one series per respondent category where there are categories, else the total.
   */
  public String chart(Tallies.QuestionTally question) {
    List<String> labels =
        question.options().stream().map(o -> language.pick(o.labelEn(), o.labelCy())).toList();
    BarChart chart = new BarChart(labels).horizontal();
    List<Tallies.CategoryTotal> categories = getTallies().categories();
    if (categories.size() > 1) {
      chart.stacked();
      for (int c = 0; c < categories.size(); c++) {
        int index = c;
        chart.series(
            categoryLabel(categories.get(c)),
            question.options().stream().map(o -> o.byCategory().get(index)).toList());
      }
    } else {
      chart.series(
          messages.text("tallies.count"),
          question.options().stream().map(Tallies.OptionTally::count).toList());
    }
    return chart.json();
  }

  /** What a question's chart shows, for its accessible name. */
  public String chartLabel(Tallies.QuestionTally question) {
    return messages.text("tallies.chartLabel", question.code());
  }

  /** The chart's height: enough for each option's bar and the legend. */
  public String chartHeight(Tallies.QuestionTally question) {
    return "height: " + (90 + 34 * question.options().size()) + "px";
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public ConsultationView getConsultation() {
    return consultation;
  }

  public Tallies getTallies() {
    return tallies;
  }

  public List<ImportView> getImports() {
    return importList;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getTextEn() {
    return textEn;
  }

  public void setTextEn(String textEn) {
    this.textEn = textEn;
  }

  public String getTextCy() {
    return textCy;
  }

  public void setTextCy(String textCy) {
    this.textCy = textCy;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getOptions() {
    return options;
  }

  public void setOptions(String options) {
    this.options = options;
  }
}
