package org.saferpartnerships.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A page opened with a value in its address that its view parameters cannot take (a word where a
 * number goes, a control character, far too long) is answered 400 with a page that says so. Left
 * alone, Faces skips the page's view action and renders it with nothing loaded, which fails.
 */
public class ViewParameterGuard implements PhaseListener {

  private static final long serialVersionUID = 1L;

  @Override
  public PhaseId getPhaseId() {
    return PhaseId.PROCESS_VALIDATIONS;
  }

  @Override
  public void afterPhase(PhaseEvent event) {
    FacesContext context = event.getFacesContext();
    if (context.isPostback() || !context.isValidationFailed()) {
      return;
    }
    ExternalContext external = context.getExternalContext();
    try {
      if (!external.isResponseCommitted()) {
        external.responseReset();
        external.responseSendError(400, null);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    context.responseComplete();
  }

  @Override
  public void beforePhase(PhaseEvent event) {}
}
