package org.saferpartnerships.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import org.saferpartnerships.platform.errors.PlainText;

/**
 * Every text a page takes passes the one {@link PlainText} rule, as the API's bodies and parameters
 * do: a control character or a broken one (a NUL, an unpaired surrogate) is refused by the field,
 * with a message, before anything is stored. Text longer than any field holds is refused the same
 * way, so an oversized paste is a message, not a failure deep in the database.
 */
@FacesConverter(forClass = String.class)
public class PlainTextConverter implements Converter<String> {

  /** Longer than the longest text any page stores (letters and notes are 8,000 characters). */
  static final int MAX_LENGTH = 20_000;

  @Override
  public String getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null) {
      return null;
    }
    if (value.length() > MAX_LENGTH) {
      throw refused("text.tooLong", MAX_LENGTH);
    }
    int bad = PlainText.firstForbidden(value);
    if (bad >= 0) {
      throw refused("text.forbiddenCharacter", PlainText.describe(value, bad));
    }
    return value;
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, String value) {
    return value == null ? "" : value;
  }

  private ConverterException refused(String key, Object argument) {
    // a by-type converter is made by Faces, not CDI: nothing is injected into it
    String text = CDI.current().select(PageMessages.class).get().text(key, argument);
    return new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
  }
}
