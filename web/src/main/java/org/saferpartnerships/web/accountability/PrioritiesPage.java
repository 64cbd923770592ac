package org.saferpartnerships.web.accountability;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.saferpartnerships.accountability.priorities.PriorityMatrix;
import org.saferpartnerships.accountability.priorities.PriorityService;
import org.saferpartnerships.partnership.directory.PartnershipDirectory;
import org.saferpartnerships.platform.errors.ServiceException;
import org.saferpartnerships.web.Hidden;
import org.saferpartnerships.web.Language;
import org.saferpartnerships.web.Options;
import org.saferpartnerships.web.PageMessages;
import org.saferpartnerships.web.ShowsRefusal;

/**
 * Where a CSP's priorities align with the police and crime plan (submission/priorities.xhtml?csp=):
 * a tick in each cell where they align, marked by the partnership or the policing body, with the
 * cells that share words suggested; the policing body lists its plan's priorities here too.
 */
@Named
@ViewScoped
public class PrioritiesPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private transient PriorityService priorities;

  @EJB private transient PartnershipDirectory directory;

  @Inject private transient PageMessages messages;

  @Inject private transient Language language;

  private String csp;
  private PriorityMatrix matrix;
  private final Map<String, Boolean> cells = new HashMap<>();
  private String newTitleEn;
  private String newTitleCy;

  public String load() {
    if (csp == null || csp.isBlank()) {
      List<SelectItem> mine = getCspOptions();
      if (mine.isEmpty()) {
        return null;
      }
      csp = (String) mine.get(0).getValue();
    }
    try {
      matrix = priorities.matrix(csp);
    } catch (ServiceException | EJBException missing) {
      return Hidden.notFound();
    }
    cells.clear();
    for (int r = 0; r < matrix.rows().size(); r++) {
      for (PriorityMatrix.PcpPriority p : matrix.pcpPriorities()) {
        cells.put(r + "-" + p.id(), matrix.rows().get(r).alignedWith(p.id()));
      }
    }
    return null;
  }

  @ShowsRefusal
  public String save() {
    Map<String, Set<Long>> marks = new LinkedHashMap<>();
    for (int r = 0; r < matrix.rows().size(); r++) {
      Set<Long> aligned = new HashSet<>();
      for (PriorityMatrix.PcpPriority p : matrix.pcpPriorities()) {
        if (Boolean.TRUE.equals(cells.get(r + "-" + p.id()))) {
          aligned.add(p.id());
        }
      }
      marks.put(matrix.rows().get(r).priority(), aligned);
    }
    priorities.align(csp, marks, matrix.version());
    messages.info("priorities.saved");
    return reload();
  }

  @ShowsRefusal("plan:titleEn")
  public String addPlanPriority() {
    priorities.addPlanPriority(matrix.pfaCode(), newTitleEn, newTitleCy);
    messages.info("priorities.added");
    return reload();
  }

  @ShowsRefusal
  public String retire(long id) {
    priorities.retirePlanPriority(id);
    messages.info("priorities.retired");
    return reload();
  }

  private String reload() {
    return "/submission/priorities?faces-redirect=true&csp=" + csp;
  }

  public List<SelectItem> getCspOptions() {
    return Options.csps(directory, language, true);
  }

  public PriorityMatrix getMatrix() {
    return matrix;
  }

  public Map<String, Boolean> getCells() {
    return cells;
  }

  public String getCsp() {
    return csp;
  }

  public void setCsp(String csp) {
    this.csp = csp;
  }

  public String getNewTitleEn() {
    return newTitleEn;
  }

  public void setNewTitleEn(String newTitleEn) {
    this.newTitleEn = newTitleEn;
  }

  public String getNewTitleCy() {
    return newTitleCy;
  }

  public void setNewTitleCy(String newTitleCy) {
    this.newTitleCy = newTitleCy;
  }
}
