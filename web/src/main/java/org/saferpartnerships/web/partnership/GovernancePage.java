package org.saferpartnerships.web.partnership;

import jakarta.ejb.EJB;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.saferpartnerships.partnership.governance.GovernanceService;
import org.saferpartnerships.partnership.governance.GovernanceTransfer;
import org.saferpartnerships.partnership.governance.GovernanceType;
import org.saferpartnerships.partnership.governance.TransferOutcome;
import org.saferpartnerships.submission.ForceAreas;
import org.saferpartnerships.web.Language;
import org.saferpartnerships.web.Options;
import org.saferpartnerships.web.PageMessages;
import org.saferpartnerships.web.ShowsRefusal;

/**
 * Recording a change of governance (admin/governance.xhtml): PCC functions of a force area pass to
 * a mayor, a PFCC or a board from a day; the old body's open work moves to the new one.
 */
@Named
@ViewScoped
public class GovernancePage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private transient GovernanceService governance;

  @EJB private transient ForceAreas forceAreas;

  @Inject private transient PageMessages messages;

  @Inject private transient Language language;

  private String pfa;
  private String bodyName;
  private String bodyNameCy;
  private String type;
  private String effectiveOn;
  private String source;
  private String note;
  private TransferOutcome outcome;

  @ShowsRefusal
  public String transfer() {
    LocalDate day = null;
    if (effectiveOn != null && !effectiveOn.isBlank()) {
      try {
        day = LocalDate.parse(effectiveOn.strip());
      } catch (DateTimeParseException e) {
        messages.error("transfer:effectiveOn", "submission.dateInvalid");
        return null;
      }
    }
    outcome =
        governance.transfer(
            new GovernanceTransfer(
                pfa,
                bodyName,
                bodyNameCy,
                type == null || type.isBlank() ? null : GovernanceType.valueOf(type),
                day,
                source,
                note));
    messages.info(
        "transfer.done",
        outcome.fromName(),
        outcome.toName(),
        outcome.effectiveOn().toString(),
        outcome.movedItems());
    return null;
  }

  public List<SelectItem> getAreaOptions() {
    return forceAreas.all().stream()
        .map(area -> new SelectItem(area.code(), language.pick(area.name(), area.nameCy())))
        .toList();
  }

  public List<SelectItem> getTypeOptions() {
    return Options.of(GovernanceType.class, "governance.", messages);
  }

  public TransferOutcome getOutcome() {
    return outcome;
  }

  public String getPfa() {
    return pfa;
  }

  public void setPfa(String pfa) {
    this.pfa = pfa;
  }

  public String getBodyName() {
    return bodyName;
  }

  public void setBodyName(String bodyName) {
    this.bodyName = bodyName;
  }

  public String getBodyNameCy() {
    return bodyNameCy;
  }

  public void setBodyNameCy(String bodyNameCy) {
    this.bodyNameCy = bodyNameCy;
  }

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public String getEffectiveOn() {
    return effectiveOn;
  }

  public void setEffectiveOn(String effectiveOn) {
    this.effectiveOn = effectiveOn;
  }

  public String getSource() {
    return source;
  }

  public void setSource(String source) {
    this.source = source;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
