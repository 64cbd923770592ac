package org.saferpartnerships.web;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.FacesException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

/**
 * A page that asks a service for something the caller's role may not have (a case list for a
 * partner officer, submissions for a data protection officer) is answered 403 with the page that
 * says what they may do instead, not the 500 page. In an Ajax request the browser is sent there.
 * Every other failure goes on to PrimeFaces' handler, which this one wraps.
 */
public class AccessDeniedHandlerFactory extends ExceptionHandlerFactory {

  public AccessDeniedHandlerFactory(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExceptionHandler getExceptionHandler() {
    return new Handler(getWrapped().getExceptionHandler());
  }

  /** Whether a failure was, at its root, a refusal of the caller's role. */
  static boolean isAccessDenied(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof EJBAccessException) {
        return true;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return false;
  }

  private static final class Handler extends ExceptionHandlerWrapper {

    Handler(ExceptionHandler wrapped) {
      super(wrapped);
    }

    @Override
    public void handle() throws FacesException {
      FacesContext context = FacesContext.getCurrentInstance();
      Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
      while (events.hasNext()) {
        Throwable failure = events.next().getContext().getException();
        if (context != null && isAccessDenied(failure)) {
          events.remove();
          forbid(context);
        }
      }
      getWrapped().handle();
    }

    private static void forbid(FacesContext context) {
      ExternalContext external = context.getExternalContext();
      try {
        if (context.getPartialViewContext().isAjaxRequest()) {
          external.redirect(external.getRequestContextPath() + "/error/403.xhtml");
        } else if (!external.isResponseCommitted()) {
          external.responseReset();
          external.responseSendError(403, null);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      context.responseComplete();
    }
  }
}
