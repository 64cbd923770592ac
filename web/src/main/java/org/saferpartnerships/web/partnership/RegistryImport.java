package org.saferpartnerships.web.partnership;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;
import org.saferpartnerships.partnership.directory.PartnershipDirectory;
import org.saferpartnerships.partnership.directory.VintageSummary;
import org.saferpartnerships.partnership.imports.ImportOutcome;
import org.saferpartnerships.partnership.imports.ImportPreview;
import org.saferpartnerships.partnership.imports.RegistryImportService;
import org.saferpartnerships.partnership.imports.VintageRequest;
import org.saferpartnerships.partnership.lookup.LookupFileReader;
import org.saferpartnerships.partnership.lookup.LookupRejectedException;
import org.saferpartnerships.platform.errors.ServiceException;
import org.saferpartnerships.web.PageMessages;

/**
 * Registry imports (admin/imports.xhtml). The administrator uploads a lookup (with a progress bar),
 * sees at once either what it would import or every problem by line, then confirms with a label and
 * valid-from date. The vintages already imported are listed, and one imported by mistake can be
 * withdrawn.
 */
@Named
@ViewScoped
public class RegistryImport implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One problem of a rejected file, rendered in the page's language. */
  public record Problem(Integer line, String message) implements Serializable {}

  @EJB private RegistryImportService imports;

  @EJB private PartnershipDirectory directory;

  @Inject private PageMessages messages;

  private String fileName;
  private byte[] content;
  private ImportPreview preview;
  private List<Problem> problems = List.of();
  private String label;
  private LocalDate validFrom;

  public void upload(FileUploadEvent event) {
    UploadedFile file = event.getFile();
    reset();
    if (file.getSize() > LookupFileReader.MAX_BYTES) {
      messages.error(null, "import.tooLarge", LookupFileReader.MAX_BYTES);
      return;
    }
    fileName = file.getFileName();
    content = file.getContent();
    try {
      preview = imports.preview(fileName, content);
      validFrom = preview.defaultValidFrom();
    } catch (LookupRejectedException rejected) {
      reject(rejected);
    }
  }

  public void importNow() {
    if (content == null || preview == null) {
      messages.error(null, "import.noFile");
      return;
    }
    try {
      ImportOutcome outcome =
          imports.importLookup(fileName, content, new VintageRequest(label, validFrom));
      if (outcome.created()) {
        messages.info(
            "import.created",
            outcome.vintage().label(),
            outcome.vintage().rowCount(),
            outcome.newAreas());
      } else {
        messages.info("import.same", outcome.vintage().label());
      }
      reset();
    } catch (LookupRejectedException rejected) {
      reject(rejected);
    }
  }

  public void withdraw(VintageSummary vintage) {
    try {
      imports.withdrawVintage(vintage.id());
      messages.info("import.withdrawn", vintage.label());
    } catch (ServiceException refused) {
      messages.refused(null, refused);
    }
  }

  public void cancel() {
    reset();
  }

  private void reject(LookupRejectedException rejected) {
    problems =
        rejected.problems().stream()
            .map(p -> new Problem(p.line() == 0 ? null : p.line(), p.message(messages.locale())))
            .toList();
    messages.error(null, "import.rejected", problems.size());
  }

  private void reset() {
    fileName = null;
    content = null;
    preview = null;
    problems = List.of();
    label = null;
    validFrom = null;
  }

  public List<VintageSummary> getVintages() {
    return directory.vintages();
  }

  public String getMaxBytes() {
    return String.valueOf(LookupFileReader.MAX_BYTES);
  }

  /** The largest file accepted, in whole megabytes, for people to read. */
  public long getMaxMegabytes() {
    return LookupFileReader.MAX_BYTES / (1024 * 1024);
  }

  public ImportPreview getPreview() {
    return preview;
  }

  public List<Problem> getProblems() {
    return problems;
  }

  public String getFileName() {
    return fileName;
  }

  public String getLabel() {
    return label;
  }

  public void setLabel(String label) {
    this.label = label;
  }

  public LocalDate getValidFrom() {
    return validFrom;
  }

  public void setValidFrom(LocalDate validFrom) {
    this.validFrom = validFrom;
  }
}
