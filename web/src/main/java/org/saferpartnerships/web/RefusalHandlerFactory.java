package org.saferpartnerships.web;

import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.FacesException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Optional;
import org.saferpartnerships.platform.errors.ServiceException;
import org.saferpartnerships.platform.errors.Violations;

/**
 * What a page does with a refusal its bean did not catch, in one place. A service's refusal (a rule
 * broken, a stale version, something not found) or a broken validation rule is shown on the page in
 * the user's language, which is rendered again with what they typed: not the 500 page. A refusal of
 * the caller's role is answered 403 with the page that says what they may do instead, and a page
 * opened for something that is not there (or not the caller's) 404 (in an Ajax request the browser
 * is sent to those pages). Every other failure goes on to PrimeFaces' handler, which this one
 * wraps.
 */
public class RefusalHandlerFactory extends ExceptionHandlerFactory {

  public RefusalHandlerFactory(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExceptionHandler getExceptionHandler() {
    return new Handler(getWrapped().getExceptionHandler());
  }

  /** Whether a failure was, at its root, a refusal of the caller's role. */
  static boolean isAccessDenied(Throwable failure) {
    return find(failure, EJBAccessException.class).isPresent();
  }

  /** A refusal of what the address of a page asked for (a value of the wrong kind, a rule). */
  static boolean isBadAddress(Throwable failure) {
    return find(failure, ServiceException.class).isPresent()
        || find(failure, IllegalArgumentException.class).isPresent()
        || find(failure, jakarta.faces.convert.ConverterException.class).isPresent()
        || Violations.find(failure).isPresent();
  }

  private static <T extends Throwable> Optional<T> find(Throwable failure, Class<T> type) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (type.isInstance(cause)) {
        return Optional.of(type.cast(cause));
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return Optional.empty();
  }

  private static final class Handler extends ExceptionHandlerWrapper {

    Handler(ExceptionHandler wrapped) {
      super(wrapped);
    }

    @Override
    public void handle() throws FacesException {
      FacesContext context = FacesContext.getCurrentInstance();
      Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
      while (context != null && events.hasNext()) {
        Throwable failure = events.next().getContext().getException();
        if (isAccessDenied(failure)) {
          events.remove();
          sendError(context, 403);
        } else if (!context.isPostback()
            && find(failure, org.saferpartnerships.platform.errors.NotFoundException.class)
                .isPresent()) {
          events.remove(); // a page opened for something that is not there, or not the caller's
          sendError(context, 404);
        } else if (!context.isPostback() && isBadAddress(failure)) {
          events.remove(); // a page opened with a value in its address it cannot use
          sendError(context, 400);
        } else if (context.isPostback() && showable(context, failure)) {
          events.remove();
        }
      }
      getWrapped().handle();
    }

    /** Puts a refusal or broken rules on the page, if it can still be rendered; true if so. */
    private static boolean showable(FacesContext context, Throwable failure) {
      if (context.getCurrentPhaseId() == PhaseId.RENDER_RESPONSE
          || context.getViewRoot() == null
          || context.getExternalContext().isResponseCommitted()) {
        return false;
      }
      PageMessages messages = CDI.current().select(PageMessages.class).get();
      Optional<ServiceException> refusal = find(failure, ServiceException.class);
      if (refusal.isPresent()) {
        messages.refused(null, refusal.get());
        context.validationFailed();
        return true;
      }
      Optional<ConstraintViolationException> invalid = Violations.find(failure);
      if (invalid.isPresent()) {
        Violations.messages(invalid.get(), messages.locale())
            .forEach(text -> messages.errorText(null, text));
        context.validationFailed();
        return true;
      }
      return false;
    }

    private static void sendError(FacesContext context, int status) {
      ExternalContext external = context.getExternalContext();
      try {
        if (context.getPartialViewContext().isAjaxRequest()) {
          external.redirect(external.getRequestContextPath() + "/error/" + status + ".xhtml");
        } else if (!external.isResponseCommitted()) {
          external.responseReset();
          external.responseSendError(status, null);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      context.responseComplete();
    }
  }
}
