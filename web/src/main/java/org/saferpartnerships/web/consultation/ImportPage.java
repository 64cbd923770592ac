package org.saferpartnerships.web.consultation;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;
import org.saferpartnerships.consultation.ConsultationService;
import org.saferpartnerships.consultation.ConsultationView;
import org.saferpartnerships.consultation.coding.CodebookService;
import org.saferpartnerships.consultation.coding.ThemeView;
import org.saferpartnerships.consultation.imports.ColumnTarget;
import org.saferpartnerships.consultation.imports.ConsultationImportService;
import org.saferpartnerships.consultation.imports.ImportMapping;
import org.saferpartnerships.consultation.imports.ImportState;
import org.saferpartnerships.consultation.imports.ImportView;
import org.saferpartnerships.consultation.imports.MappingProposal;
import org.saferpartnerships.platform.errors.NotFoundException;
import org.saferpartnerships.platform.errors.ServiceException;
import org.saferpartnerships.platform.files.TableReadException;
import org.saferpartnerships.web.Hidden;
import org.saferpartnerships.web.Language;
import org.saferpartnerships.web.PageMessages;
import org.saferpartnerships.web.ShowsRefusal;

/**
 * Importing a file of responses (consultation/import.xhtml?id=&amp;import=): upload it, match its
 * columns to questions (the consultation's last mapping offered), start the background job and
 * watch its progress; the page can be left and revisited, and shows a refused file's problems by
 * row and column.
 */
@Named
@ViewScoped
public class ImportPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private transient ConsultationService consultations;

  @EJB private transient ConsultationImportService imports;

  @EJB private transient CodebookService codebook;

  @Inject private transient PageMessages messages;

  @Inject private transient Language language;

  private Long id;
  private Long importId;
  private ConsultationView consultation;
  private ImportView file;
  private MappingProposal proposal;
  private List<String> choices = new ArrayList<>();
  private List<ThemeView> themes = List.of();
  private List<TableReadException.Problem> problems = List.of();

  public String load() {
    try {
      consultation = id == null ? null : consultations.view(id);
      if (consultation != null && importId != null) {
        refresh();
        if (file.state() == ImportState.UPLOADED) {
          proposal = imports.proposal(id, importId);
          choices = new ArrayList<>();
          for (MappingProposal.Column column : proposal.columns()) {
            choices.add(
                column.target() == ColumnTarget.QUESTION
                    ? "QUESTION:" + column.questionId()
                    : column.target() == ColumnTarget.THEME && column.themeId() != null
                        ? "THEME:" + column.themeId()
                        : column.target().name());
          }
          themes = codebook.codebook(id);
        }
      }
    } catch (NotFoundException | EJBAccessException hidden) {
      consultation = null;
    }
    if (consultation == null) {
      return Hidden.notFound();
    }
    return null;
  }

  /** Reads the import's progress again (the page polls while the job runs). */
  public void refresh() {
    file = imports.status(id, importId);
    problems = file.problems();
  }

  public void upload(FileUploadEvent event) throws IOException {
    UploadedFile uploaded = event.getFile();
    ImportView created;
    try {
      created = imports.upload(id, uploaded.getFileName(), uploaded.getContent());
    } catch (TableReadException refused) {
      problems = refused.problems();
      messages.refused(null, refused);
      return;
    } catch (ServiceException refusal) {
      problems = List.of();
      messages.refused(null, refusal);
      return;
    }
    var external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(
        external.getRequestContextPath()
            + "/consultation/import.xhtml?id="
            + id
            + "&import="
            + created.id());
  }

  @ShowsRefusal
  public String start() {
    List<ImportMapping.Choice> mapping = new ArrayList<>();
    for (int c = 0; c < choices.size(); c++) {
      String choice = choices.get(c);
      if (choice == null || choice.isBlank()) {
        choice = ColumnTarget.IGNORE.name();
      }
      if (choice.startsWith("QUESTION:")) {
        mapping.add(
            new ImportMapping.Choice(
                c, ColumnTarget.QUESTION, Long.valueOf(choice.substring("QUESTION:".length()))));
      } else if (choice.startsWith("THEME:")) {
        mapping.add(
            new ImportMapping.Choice(
                c, ColumnTarget.THEME, null, Long.valueOf(choice.substring("THEME:".length()))));
      } else {
        mapping.add(new ImportMapping.Choice(c, ColumnTarget.valueOf(choice), null));
      }
    }
    imports.start(id, importId, proposal.file().version(), new ImportMapping(mapping));
    return "/consultation/import?faces-redirect=true&id=" + id + "&import=" + importId;
  }

  @ShowsRefusal
  public String cancel() {
    imports.cancel(id, importId);
    messages.info("imports.cancelled");
    return "/consultation/consultation?faces-redirect=true&id=" + id;
  }

  /** What a column can hold: the fields of a respondent, the question-per-row pair, a question. */
  public List<SelectItem> getTargetOptions() {
    List<SelectItem> items = new ArrayList<>();
    for (ColumnTarget target : ColumnTarget.values()) {
      if (target != ColumnTarget.QUESTION) {
        items.add(new SelectItem(target.name(), messages.text("columnTarget." + target.name())));
      }
    }
    for (ConsultationView.QuestionView question : consultation.questions()) {
      items.add(
          new SelectItem(
              "QUESTION:" + question.id(),
              messages.text(
                  "columnTarget.question",
                  question.code(),
                  language.pick(question.textEn(), question.textCy()))));
    }
    for (ThemeView theme : themes) {
      items.add(
          new SelectItem(
              "THEME:" + theme.id(),
              messages.text(
                  "columnTarget.theme",
                  theme.code(),
                  language.pick(theme.labelEn(), theme.labelCy()))));
    }
    return items;
  }

  public boolean isWorking() {
    return file != null
        && (file.state() == ImportState.QUEUED || file.state() == ImportState.RUNNING);
  }

  public long getMaxBytes() {
    return imports.maxBytes();
  }

  public long getMaxMegabytes() {
    return imports.maxBytes() / (1024 * 1024);
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Long getImportId() {
    return importId;
  }

  public void setImportId(Long importId) {
    this.importId = importId;
  }

  public ConsultationView getConsultation() {
    return consultation;
  }

  public ImportView getFile() {
    return file;
  }

  public MappingProposal getProposal() {
    return proposal;
  }

  public List<String> getChoices() {
    return choices;
  }

  /** The problems in the page's language (known only when the page renders). */
  public List<TableReadException.Told> getProblems() {
    return TableReadException.tell(problems, language.getLocale());
  }
}
