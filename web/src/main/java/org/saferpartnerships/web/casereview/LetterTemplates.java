package org.saferpartnerships.web.casereview;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.saferpartnerships.casereview.letters.LetterKind;
import org.saferpartnerships.casereview.letters.LetterTemplateService;
import org.saferpartnerships.casereview.letters.LetterTemplateSummary;
import org.saferpartnerships.casereview.letters.LetterText;
import org.saferpartnerships.web.PageMessages;
import org.saferpartnerships.web.ShowsRefusal;

/**
 * The letter templates for administrators (admin/letter-templates.xhtml?kind=&language=): the
 * acknowledgement, threshold decision and outcome letters in English and Welsh, each edited with
 * the placeholders it may use listed; an unknown placeholder or a stale edit is refused and changes
 * nothing.
 */
@Named
@ViewScoped
public class LetterTemplates implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private transient LetterTemplateService templates;

  @Inject private transient PageMessages messages;

  private String kind = LetterKind.ACKNOWLEDGEMENT.name();
  private String language = "en";
  private List<LetterTemplateSummary> list;
  private LetterTemplateSummary current;
  private String subject;
  private String body;

  public void load() {
    list = templates.national();
    current =
        list.stream()
            .filter(t -> t.kind().name().equals(kind) && t.language().equals(language))
            .findFirst()
            .orElse(list.get(0));
    kind = current.kind().name();
    language = current.language();
    if (subject == null) {
      subject = current.subject();
      body = current.body();
    }
  }

  @ShowsRefusal("template:body")
  public String save() {
    templates.edit(LetterKind.valueOf(kind), language, current.version(), subject, body);
    messages.info("templates.saved");
    return "/admin/letter-templates?faces-redirect=true&kind=" + kind + "&language=" + language;
  }

  public List<LetterTemplateSummary> getList() {
    return list;
  }

  public LetterTemplateSummary getCurrent() {
    return current;
  }

  /** The placeholders a template may use, in a stable order. */
  public List<String> getPlaceholders() {
    return LetterText.PLACEHOLDERS.stream().sorted().toList();
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public String getSubject() {
    return subject;
  }

  public void setSubject(String subject) {
    this.subject = subject;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }
}
