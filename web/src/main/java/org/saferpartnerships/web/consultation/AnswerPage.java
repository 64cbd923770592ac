package org.saferpartnerships.web.consultation;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.saferpartnerships.consultation.coding.AnswerCoding;
import org.saferpartnerships.consultation.coding.CodebookService;
import org.saferpartnerships.consultation.coding.CodingRequest;
import org.saferpartnerships.consultation.coding.CodingService;
import org.saferpartnerships.consultation.coding.ThemeView;
import org.saferpartnerships.web.Hidden;
import org.saferpartnerships.web.PageMessages;
import org.saferpartnerships.web.ShowsRefusal;

/**
 * Coding one answer (consultation/answer.xhtml?id=&amp;answer=): tick the themes that fit, quote
 * the passage for each, add a note; save, or save and go to the next answer not yet coded. The
 * other analysts' codings show once the caller has coded it.
 */
@Named
@ViewScoped
public class AnswerPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private transient CodingService coding;

  @EJB private transient CodebookService codebook;

  @Inject private transient PageMessages messages;

  private Long id;
  private Long answerId;
  private AnswerCoding answer;
  private List<Row> rows = new ArrayList<>();
  private String note;

  /** A theme of the codebook as a row of the form: ticked or not, with its passage. */
  public static class Row implements Serializable {
    private static final long serialVersionUID = 1L;
    private final ThemeView theme;
    private boolean given;
    private String passage;

    Row(ThemeView theme) {
      this.theme = theme;
    }

    public ThemeView getTheme() {
      return theme;
    }

    public boolean isGiven() {
      return given;
    }

    public void setGiven(boolean given) {
      this.given = given;
    }

    public String getPassage() {
      return passage;
    }

    public void setPassage(String passage) {
      this.passage = passage;
    }
  }

  public String load() {
    answer =
        id == null || answerId == null ? null : Hidden.orNull(() -> coding.coding(id, answerId));
    if (answer == null) {
      return Hidden.notFound();
    }
    rows = new ArrayList<>();
    for (ThemeView theme : codebook.codebook(id)) {
      Row row = new Row(theme);
      if (answer.mine() != null) {
        answer.mine().themes().stream()
            .filter(g -> g.themeId() == theme.id())
            .findFirst()
            .ifPresent(
                g -> {
                  row.setGiven(true);
                  row.setPassage(g.passage());
                });
      }
      rows.add(row);
    }
    note = answer.mine() == null ? null : answer.mine().note();
    return null;
  }

  @ShowsRefusal
  public String save() {
    return save(false);
  }

  @ShowsRefusal
  public String saveAndNext() {
    return save(true);
  }

  private String save(boolean next) {
    List<CodingRequest.ThemeGiven> given =
        rows.stream()
            .filter(Row::isGiven)
            .map(r -> new CodingRequest.ThemeGiven(r.getTheme().id(), r.getPassage()))
            .toList();
    AnswerCoding saved;
    saved =
        coding.code(
            id,
            answerId,
            new CodingRequest(given, note, answer.mine() == null ? null : answer.mine().version()));
    messages.info("coding.saved");
    Long target = next && saved.nextAnswerId() != null ? saved.nextAnswerId() : answerId;
    return "/consultation/answer?faces-redirect=true&id=" + id + "&answer=" + target;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Long getAnswerId() {
    return answerId;
  }

  public void setAnswerId(Long answerId) {
    this.answerId = answerId;
  }

  public AnswerCoding getAnswer() {
    return answer;
  }

  public List<Row> getRows() {
    return rows;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
