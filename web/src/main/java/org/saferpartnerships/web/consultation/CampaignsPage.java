package org.saferpartnerships.web.consultation;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.model.StreamedContent;
import org.saferpartnerships.consultation.ConsultationService;
import org.saferpartnerships.consultation.ConsultationView;
import org.saferpartnerships.consultation.campaigns.CampaignGroupLine;
import org.saferpartnerships.consultation.campaigns.CampaignMemberLine;
import org.saferpartnerships.consultation.campaigns.CampaignReader;
import org.saferpartnerships.consultation.campaigns.CampaignRunView;
import org.saferpartnerships.consultation.campaigns.CampaignService;
import org.saferpartnerships.consultation.text.NearDuplicates;
import org.saferpartnerships.platform.errors.ServiceException;
import org.saferpartnerships.platform.persistence.Page;
import org.saferpartnerships.platform.persistence.PageRequest;
import org.saferpartnerships.web.Hidden;
import org.saferpartnerships.web.PageMessages;
import org.saferpartnerships.web.Paging;
import org.saferpartnerships.web.ShowsRefusal;
import org.saferpartnerships.web.tables.Columns;
import org.saferpartnerships.web.tables.TableDownload;

/**
 * Campaigns and near-duplicates (consultation/campaigns.xhtml?id=&amp;question=&amp;page=&amp;
 * group=&amp;mpage=): group the written answers at a chosen threshold, see what every threshold
 * would make, and look through the groups, largest first, and a group's answers with what each
 * added to the template marked.
 */
@Named
@ViewScoped
public class CampaignsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  static final int PAGE_SIZE = 20;

  @EJB private transient ConsultationService consultations;

  @EJB private transient CampaignService campaigns;

  @EJB private transient CampaignReader reader;

  @Inject private transient PageMessages messages;

  private Long id;
  private Long question;
  private Long group;
  private int page;
  private int memberPage;
  private String threshold;
  private ConsultationView consultation;
  private CampaignRunView run;
  private Page<CampaignGroupLine> groups = new Page<>(List.of(), 0);
  private Page<CampaignMemberLine> members = new Page<>(List.of(), 0);

  public String load() {
    consultation = id == null ? null : Hidden.orNull(() -> consultations.view(id));
    if (consultation == null) {
      return Hidden.notFound();
    }
    page = Math.max(0, page);
    memberPage = Math.max(0, memberPage);
    run = reader.latest(id).orElse(null);
    threshold = offered(run == null ? campaigns.defaultThreshold() : run.threshold());
    groups = reader.groups(id, question, new PageRequest(page, PAGE_SIZE, null, false));
    if (groups.items().isEmpty() && page > 0) {
      page = Paging.lastPage(groups.total(), PAGE_SIZE);
      groups = reader.groups(id, question, new PageRequest(page, PAGE_SIZE, null, false));
    }
    if (group != null) {
      try {
        members = reader.members(id, group, new PageRequest(memberPage, PAGE_SIZE, null, false));
      } catch (ServiceException gone) {
        // a group of an earlier grouping: the list is shown without it
        messages.refused(null, gone);
        group = null;
      }
    }
    return null;
  }

  /** Groups the answers at the threshold chosen, replacing the earlier grouping. */
  @ShowsRefusal("campaigning:threshold")
  public String group() {
    run = campaigns.group(id, threshold == null ? null : Double.valueOf(threshold));
    messages.info("campaigns.done");
    return "/consultation/campaigns?faces-redirect=true&id=" + id;
  }

  /** The thresholds offered: 0.30 to 1.00 in steps of 0.05. */
  public List<String> getThresholds() {
    List<String> offered = new ArrayList<>();
    for (int t = (int) Math.round(NearDuplicates.LOWEST * 100); t <= 100; t += 5) {
      offered.add(offered(t / 100.0));
    }
    return offered;
  }

  private static String offered(double threshold) {
    return BigDecimal.valueOf(threshold).setScale(2, RoundingMode.HALF_UP).toPlainString();
  }

  public boolean isChosen(NearDuplicates.Level level) {
    return run != null && level.threshold() == run.threshold();
  }

  /** Every group of the question chosen (or all), largest first, with its template answer. */
  public StreamedContent download(String format) {
    Columns<CampaignGroupLine> columns =
        new Columns<CampaignGroupLine>()
            .add("group_id", "column.groupId", CampaignGroupLine::id)
            .add("question", "consultation.question", CampaignGroupLine::questionCode)
            .add("answers", "campaigns.size", CampaignGroupLine::size)
            .add("template", "campaigns.template", CampaignGroupLine::templateText);
    return TableDownload.of(
        format,
        "campaigns-" + id,
        messages.text("campaigns.title"),
        columns,
        messages,
        n -> reader.groups(id, question, TableDownload.page(n, null, false)));
  }

  public Paging getPaging() {
    return new Paging(page, PAGE_SIZE, groups.total());
  }

  public Paging getMemberPaging() {
    return new Paging(memberPage, PAGE_SIZE, members.total());
  }

  public List<CampaignGroupLine> getGroups() {
    return groups.items();
  }

  public List<CampaignMemberLine> getMembers() {
    return members.items();
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Long getQuestion() {
    return question;
  }

  public void setQuestion(Long question) {
    this.question = question;
  }

  public Long getGroup() {
    return group;
  }

  public void setGroup(Long group) {
    this.group = group;
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = page;
  }

  public int getMemberPage() {
    return memberPage;
  }

  public void setMemberPage(int memberPage) {
    this.memberPage = memberPage;
  }

  public String getThreshold() {
    return threshold;
  }

  public void setThreshold(String threshold) {
    this.threshold = threshold;
  }

  public ConsultationView getConsultation() {
    return consultation;
  }

  public CampaignRunView getRun() {
    return run;
  }
}
