package org.saferpartnerships.web.partnership;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Answers a detail page whose record does not exist with the 404 page, in the user's language. */
final class NotFoundPage {

  private NotFoundPage() {}

  static void send() {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      faces.getExternalContext().responseSendError(404, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }
}
