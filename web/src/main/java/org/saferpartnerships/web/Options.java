package org.saferpartnerships.web;

import jakarta.faces.model.SelectItem;
import java.util.Arrays;
import java.util.List;
import org.saferpartnerships.partnership.directory.PartnershipDirectory;
import org.saferpartnerships.workflow.engine.Workflow;
import org.saferpartnerships.workflow.engine.Workflows;

/** The drop-down options the workflow pages share, labelled in the page's language. */
public final class Options {

  private Options() {}

  /** Every item type, for filters. */
  public static List<SelectItem> itemTypes(Workflows workflows, PageMessages messages) {
    return workflows.all().stream()
        .map(w -> new SelectItem(w.type(), messages.text("workflow.type." + w.type())))
        .toList();
  }

  /** The item types people send by hand, for the new-item form. */
  public static List<SelectItem> typesOpenedByHand(Workflows workflows, PageMessages messages) {
    return workflows.all().stream()
        .filter(Workflow::openedByHand)
        .map(w -> new SelectItem(w.type(), messages.text("workflow.type." + w.type())))
        .toList();
  }

  /** Every value of an enum, labelled by the key {@code prefix + value}. */
  public static <E extends Enum<E>> List<SelectItem> of(
      Class<E> type, String prefix, PageMessages messages) {
    return Arrays.stream(type.getEnumConstants())
        .map(value -> new SelectItem(value.name(), messages.text(prefix + value.name())))
        .toList();
  }

  /**
   * The CSPs of the registry in force, by name in the page's language: all of them, or only those
   * in the caller's scope.
   */
  public static List<SelectItem> csps(
      PartnershipDirectory directory, Language language, boolean mine) {
    return directory.cspNames(mine).stream()
        .map(csp -> new SelectItem(csp.code(), language.pick(csp.name(), csp.nameCy())))
        .sorted(
            java.util.Comparator.comparing(
                SelectItem::getLabel, java.text.Collator.getInstance(language.getLocale())))
        .toList();
  }
}
