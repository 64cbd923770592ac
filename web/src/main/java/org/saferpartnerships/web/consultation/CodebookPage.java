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
import org.saferpartnerships.consultation.coding.ThemeRequest;
import org.saferpartnerships.consultation.coding.ThemeView;
import org.saferpartnerships.web.Hidden;
import org.saferpartnerships.web.Language;
import org.saferpartnerships.web.PageMessages;
import org.saferpartnerships.web.ShowsRefusal;

/**
 * A consultation's codebook (consultation/codebook.xhtml?id=): its themes as a tree, and a new one.
 */
@Named
@ViewScoped
public class CodebookPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private transient ConsultationService consultations;

  @EJB private transient CodebookService codebook;

  @Inject private transient PageMessages messages;

  @Inject private transient Language language;

  private Long id;
  private ConsultationView consultation;
  private List<ThemeView> themes;
  private String code;
  private String labelEn;
  private String labelCy;
  private String definitionEn;
  private String definitionCy;
  private Long parentId;

  public String load() {
    consultation = id == null ? null : Hidden.orNull(() -> consultations.view(id));
    if (consultation == null) {
      return Hidden.notFound();
    }
    themes = codebook.codebook(id);
    return null;
  }

  @ShowsRefusal("theme:code")
  public String add() {
    codebook.addTheme(
        id, new ThemeRequest(code, labelEn, labelCy, definitionEn, definitionCy, parentId));
    messages.info("codebook.added", code);
    return "/consultation/codebook?faces-redirect=true&id=" + id;
  }

  public List<SelectItem> getParentOptions() {
    return themes.stream()
        .filter(t -> t.depth() < 2)
        .map(
            t ->
                new SelectItem(
                    t.id(),
                    "\u00a0\u00a0".repeat(t.depth())
                        + t.code()
                        + ": "
                        + language.pick(t.labelEn(), t.labelCy())))
        .toList();
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

  public List<ThemeView> getThemes() {
    return themes;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getLabelEn() {
    return labelEn;
  }

  public void setLabelEn(String labelEn) {
    this.labelEn = labelEn;
  }

  public String getLabelCy() {
    return labelCy;
  }

  public void setLabelCy(String labelCy) {
    this.labelCy = labelCy;
  }

  public String getDefinitionEn() {
    return definitionEn;
  }

  public void setDefinitionEn(String definitionEn) {
    this.definitionEn = definitionEn;
  }

  public String getDefinitionCy() {
    return definitionCy;
  }

  public void setDefinitionCy(String definitionCy) {
    this.definitionCy = definitionCy;
  }

  public Long getParentId() {
    return parentId;
  }

  public void setParentId(Long parentId) {
    this.parentId = parentId;
  }
}
