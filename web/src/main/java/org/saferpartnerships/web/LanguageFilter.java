package org.saferpartnerships.web;

import jakarta.ejb.EJB;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.saferpartnerships.account.AccountService;

/**
 * Remembers a change of language ({@code ?lang=cy} or {@code ?lang=en} on any page): in a cookie
 * for a year, and on the account of a signed-in user. Then shows the same page again without the
 * parameter.
 */
@WebFilter(filterName = "language", urlPatterns = "*.xhtml")
public class LanguageFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @EJB private AccountService accounts;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    // only a GET is looked at: reading a POST's parameters would parse its body before the size
    // filter has judged it
    String asked =
        "GET".equals(request.getMethod()) ? request.getParameter(Language.PARAMETER) : null;
    if (!("cy".equals(asked) || "en".equals(asked))) {
      chain.doFilter(request, response);
      return;
    }
    LanguageCookie.set(response, asked);
    if (request.getUserPrincipal() != null) {
      accounts.chooseLanguage(request.getUserPrincipal().getName(), asked);
    }
    String query =
        request.getQueryString().replaceAll("(^|&)lang=(cy|en)", "").replaceFirst("^&", "");
    response.sendRedirect(request.getRequestURI() + (query.isEmpty() ? "" : "?" + query));
  }
}
