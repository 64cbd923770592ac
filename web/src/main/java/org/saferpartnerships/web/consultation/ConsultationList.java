package org.saferpartnerships.web.consultation;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.saferpartnerships.consultation.ConsultationService;
import org.saferpartnerships.consultation.ConsultationSummary;
import org.saferpartnerships.platform.persistence.Page;
import org.saferpartnerships.platform.persistence.PageRequest;
import org.saferpartnerships.web.Paging;

/** The consultations the user can see (consultation/consultations.xhtml), paged in the database. */
@Named
@ViewScoped
public class ConsultationList implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int PAGE_SIZE = 25;

  @EJB private transient ConsultationService consultations;

  private int page;
  private String q;
  private Page<ConsultationSummary> list;

  public void load() {
    page = Math.max(0, page);
    list = consultations.page(new PageRequest(page, PAGE_SIZE, null, true), q);
    if (list.items().isEmpty() && page > 0) {
      page = Paging.lastPage(list.total(), PAGE_SIZE);
      list = consultations.page(new PageRequest(page, PAGE_SIZE, null, true), q);
    }
  }

  public List<ConsultationSummary> getItems() {
    return list.items();
  }

  public Paging getPaging() {
    return new Paging(page, PAGE_SIZE, list.total());
  }

  public long getTotal() {
    return list.total();
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = page;
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }
}
