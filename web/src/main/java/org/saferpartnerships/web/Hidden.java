package org.saferpartnerships.web;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.FacesContext;
import java.util.function.Supplier;
import org.saferpartnerships.platform.errors.NotFoundException;

/**
 * What a page does with a record the user may not see or that does not exist: the 404 page, the
 * same for both, so that its existence is not disclosed.
 */
public final class Hidden {

  private Hidden() {}

  /** The record, or null when it does not exist or is not the user's to see. */
  public static <T> T orNull(Supplier<T> read) {
    try {
      return read.get();
    } catch (NotFoundException | EJBAccessException hidden) {
      return null;
    }
  }

  /** Answers 404 and names the page that says so. */
  public static String notFound() {
    FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
    return "/error/404.xhtml";
  }
}
