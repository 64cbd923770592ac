package org.saferpartnerships.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.primefaces.csp.CspException;

/**
 * A form sent from a page whose script nonce is no longer the session's (a page left open while
 * another was opened, or a post made without the page's scripts) is refused by PrimeFaces' CSP
 * check before the page's lifecycle starts, so no Faces handler sees it. It is the same situation
 * as an expired view, and answered the same way: the page that says to reload, not the 500 page.
 */
@WebFilter(filterName = "stalePage", urlPatterns = "*.xhtml")
public class StalePageFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    try {
      chain.doFilter(request, response);
    } catch (ServletException | RuntimeException failure) {
      if (!isStaleNonce(failure) || response.isCommitted()) {
        throw failure;
      }
      response.reset();
      if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
        AjaxRedirect.write(response, request.getContextPath() + "/error/expired.xhtml");
      } else {
        response.sendRedirect(request.getContextPath() + "/error/expired.xhtml");
      }
    }
  }

  static boolean isStaleNonce(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof CspException) {
        return true;
      }
      if (cause instanceof ServletException servlet
          && servlet.getRootCause() != null
          && servlet.getRootCause() != cause.getCause()) {
        return isStaleNonce(servlet.getRootCause());
      }
    }
    return false;
  }
}
