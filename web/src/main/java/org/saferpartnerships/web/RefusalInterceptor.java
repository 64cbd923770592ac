package org.saferpartnerships.web;

import jakarta.annotation.Priority;
import jakarta.ejb.EJBException;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.io.Serializable;
import org.saferpartnerships.platform.errors.ServiceException;

/**
 * The one place a page action's refusal is turned into a message: a {@link ServiceException} is
 * shown in the user's language, and a service's validation failure (an {@link EJBException} holding
 * broken rules) as each rule's message, at the field the action names with {@link ShowsRefusal}.
 * The action then answers no outcome, so the page is shown again. Any other failure goes on to the
 * page's exception handler ({@link RefusalHandlerFactory}).
 */
@ShowsRefusal
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class RefusalInterceptor implements Serializable {

  private static final long serialVersionUID = 1L;

  @AroundInvoke
  public Object show(InvocationContext call) throws Exception {
    try {
      return call.proceed();
    } catch (ServiceException refusal) {
      messages().refused(field(call), refusal);
      return null;
    } catch (EJBException failure) {
      messages().invalid(field(call), failure);
      return null;
    }
  }

  private static String field(InvocationContext call) {
    ShowsRefusal marked = call.getMethod().getAnnotation(ShowsRefusal.class);
    if (marked == null) {
      marked = call.getMethod().getDeclaringClass().getAnnotation(ShowsRefusal.class);
    }
    return marked == null || marked.value().isEmpty() ? null : marked.value();
  }

  private static PageMessages messages() {
    return CDI.current().select(PageMessages.class).get();
  }
}
