package org.saferpartnerships.web.consultation;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.saferpartnerships.consultation.ConsultationService;
import org.saferpartnerships.consultation.ConsultationView;
import org.saferpartnerships.consultation.coding.AgreementReport;
import org.saferpartnerships.consultation.coding.AgreementService;
import org.saferpartnerships.web.Hidden;

/**
 * How far two analysts agree (consultation/agreement.xhtml?id=&amp;first=&amp;second=): Cohen's
 * kappa per theme over the answers both coded, and the answers they coded differently, to resolve.
 */
@Named
@ViewScoped
public class AgreementPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private transient ConsultationService consultations;

  @EJB private transient AgreementService agreements;

  private Long id;
  private String first;
  private String second;
  private ConsultationView consultation;
  private AgreementReport report;

  public String load() {
    consultation = id == null ? null : Hidden.orNull(() -> consultations.view(id));
    if (consultation == null) {
      return Hidden.notFound();
    }
    report =
        agreements.agreement(
            id,
            first == null || first.isBlank() ? null : first,
            second == null || second.isBlank() ? null : second);
    return null;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getFirst() {
    return first;
  }

  public void setFirst(String first) {
    this.first = first;
  }

  public String getSecond() {
    return second;
  }

  public void setSecond(String second) {
    this.second = second;
  }

  public ConsultationView getConsultation() {
    return consultation;
  }

  public AgreementReport getReport() {
    return report;
  }
}
