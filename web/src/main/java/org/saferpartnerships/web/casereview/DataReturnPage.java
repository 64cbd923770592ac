package org.saferpartnerships.web.casereview;

import jakarta.ejb.EJB;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.model.StreamedContent;
import org.saferpartnerships.casereview.returns.DataReturnColumn;
import org.saferpartnerships.casereview.returns.DataReturnRow;
import org.saferpartnerships.casereview.returns.DataReturnService;
import org.saferpartnerships.platform.persistence.Page;
import org.saferpartnerships.web.PageMessages;
import org.saferpartnerships.web.ShowsRefusal;
import org.saferpartnerships.web.dates.Years;
import org.saferpartnerships.web.tables.TableDownload;

/**
 * The administrators' page of the data return to the Home Secretary: which columns it has (kept in
 * their order, new ones added at the end), and the return of a financial year to download.
 */
@Named("dataReturn")
@ViewScoped
public class DataReturnPage implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int YEARS = 6;

  @EJB private transient DataReturnService returns;

  @Inject private transient PageMessages messages;

  @Inject private transient Clock clock;

  private int year;
  private List<String> columns;
  private long version;

  public void load() {
    if (year == 0) {
      year = Years.current(LocalDate.now(clock)) - 1; // the last whole financial year
    }
    columns = new ArrayList<>(returns.layout().stream().map(Enum::name).toList());
    version = returns.layoutVersion();
  }

  /** Saves the columns chosen: those kept stay in their order, those added go at the end. */
  @ShowsRefusal("layout:columns")
  public String save() {
    List<String> current = returns.layout().stream().map(Enum::name).toList();
    List<String> ordered = new ArrayList<>();
    current.stream().filter(columns::contains).forEach(ordered::add);
    columns.stream().filter(c -> !ordered.contains(c)).forEach(ordered::add);
    returns.setLayout(ordered, version);
    messages.info("dataReturn.saved");
    return "/admin/data-return?faces-redirect=true&year=" + year;
  }

  public StreamedContent download(String format) {
    List<DataReturnColumn> layout = returns.layout();
    List<DataReturnRow> rows = returns.rows(year);
    List<List<Object>> cells =
        rows.stream().map(row -> layout.stream().map(c -> c.valueOf(row)).toList()).toList();
    return TableDownload.of(
        format,
        "asb-case-review-return-" + year + "-" + (year + 1) % 100,
        messages.text("dataReturn.title"),
        layout.stream().map(DataReturnColumn::heading).toList(),
        n -> n == 0 ? new Page<>(cells, cells.size()) : new Page<>(List.of(), cells.size()));
  }

  public List<SelectItem> getColumnOptions() {
    List<SelectItem> options = new ArrayList<>();
    for (DataReturnColumn column : DataReturnColumn.values()) {
      options.add(
          new SelectItem(
              column.name(),
              messages.text("dataReturn.column." + column.name()) + " (" + column.heading() + ")"));
    }
    return options;
  }

  public List<SelectItem> getYearOptions() {
    return Years.back(LocalDate.now(clock), YEARS);
  }

  public int getYear() {
    return year;
  }

  public void setYear(int year) {
    this.year = year;
  }

  public List<String> getColumns() {
    return columns;
  }

  public void setColumns(List<String> columns) {
    this.columns = columns;
  }
}
