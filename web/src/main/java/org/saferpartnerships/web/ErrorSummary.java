package org.saferpartnerships.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The GOV.UK error summary of the page being rendered: each error once, in the order it was found,
 * linked to the field it is about (or not linked, when it is about the page as a whole); and what a
 * field's input needs to say of itself ({@code aria-invalid}) so that a screen reader tells the
 * same as the red line beside it.
 */
@Named
@RequestScoped
public class ErrorSummary {

  /** An error: its text and the client id of its field (null for the page as a whole). */
  public record Item(String field, String text) {}

  /**
   * Read afresh each time: the summary's {@code rendered} is asked while the form is decoded,
   * before the action has found anything wrong.
   */
  public List<Item> getItems() {
    return collect(FacesContext.getCurrentInstance());
  }

  /** "true" when the field has an error, for its {@code aria-invalid}; "false" otherwise. */
  public String invalid(String clientId) {
    FacesContext faces = FacesContext.getCurrentInstance();
    Iterator<FacesMessage> messages = faces.getMessages(clientId);
    while (messages.hasNext()) {
      if (isError(messages.next())) {
        return "true";
      }
    }
    return "false";
  }

  private static List<Item> collect(FacesContext faces) {
    Set<Item> found = new LinkedHashSet<>();
    List<String> fields = new ArrayList<>();
    faces.getClientIdsWithMessages().forEachRemaining(fields::add);
    for (String field : fields) {
      Iterator<FacesMessage> messages =
          field == null ? faces.getMessages(null) : faces.getMessages(field);
      while (messages.hasNext()) {
        FacesMessage message = messages.next();
        if (isError(message)) {
          found.add(new Item(field, message.getSummary()));
        }
      }
    }
    return List.copyOf(found);
  }

  private static boolean isError(FacesMessage message) {
    return message.getSeverity().getOrdinal() >= FacesMessage.SEVERITY_ERROR.getOrdinal();
  }
}
