package org.saferpartnerships.web.casereview;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.saferpartnerships.casereview.threshold.PublishedProcedure;
import org.saferpartnerships.casereview.threshold.ThresholdRuleService;
import org.saferpartnerships.partnership.directory.PartnershipDirectory;
import org.saferpartnerships.platform.errors.ServiceException;
import org.saferpartnerships.web.Hidden;
import org.saferpartnerships.web.Language;
import org.saferpartnerships.web.Options;

/**
 * The public page of a partnership's ASB case review procedure (ASBCPA 2014 s104(2) and (3)): the
 * threshold in words, the procedure as published (or the national default's words), the point of
 * contact, and the way to apply. Without a partnership chosen, it asks which.
 */
@Named("procedure")
@RequestScoped
public class PublicProcedure {

  @EJB private ThresholdRuleService rules;

  @EJB private PartnershipDirectory directory;

  @Inject private Language language;

  private String csp;
  private PublishedProcedure shown;

  /** Reads the partnership's procedure; an unknown code answers 404. */
  public String load() {
    if (csp == null || csp.isBlank()) {
      return null;
    }
    try {
      shown = rules.published(csp.strip());
    } catch (ServiceException unknown) {
      return Hidden.notFound();
    }
    return null;
  }

  public List<jakarta.faces.model.SelectItem> getAreaOptions() {
    return Options.csps(directory, language, false);
  }

  /** The partnership's name in the reader's language. */
  public String getName() {
    return shown == null ? null : language.pick(shown.cspName(), shown.cspNameCy());
  }

  /** The procedure in the reader's language, or null where the partnership published none. */
  public String getText() {
    if (shown == null) {
      return null;
    }
    String welsh = shown.procedureCy();
    String english = shown.procedureEn();
    return "cy".equals(language.getCode()) && welsh != null ? welsh : english;
  }

  public PublishedProcedure getShown() {
    return shown;
  }

  public String getCsp() {
    return csp;
  }

  public void setCsp(String csp) {
    this.csp = csp;
  }
}
