package org.saferpartnerships.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The headers every response carries. No MIME sniffing; no referrer sent to other sites; no
 * framing; HSTS when served over HTTPS. A Content-Security-Policy for everything but scripts, which
 * PrimeFaces governs with its own nonce policy ({@code primefaces.CSP} in web.xml): browsers
 * enforce both, so a script runs only from this site or with the page's nonce, and never from an
 * inline handler or {@code eval} ({@code 'unsafe-inline'} here is narrowed by the nonce policy
 * beside it). Pages and API answers are not stored by browsers or proxies ({@code no-store}): they
 * carry personal data (victims' names, letters); static resources and the public figures may be
 * cached.
 */
@WebFilter(filterName = "securityHeaders", urlPatterns = "/*")
public class SecurityHeadersFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  static final String POLICY =
      "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline';"
          + " img-src 'self' data:; font-src 'self' data:; object-src 'none'; base-uri 'self';"
          + " form-action 'self'; frame-ancestors 'none'";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    apply(request, response);
    chain.doFilter(request, response);
  }

  /**
   * Sets the headers; also called by the authentication mechanism, whose answers (a redirect to
   * sign in, a 401) are written before any filter runs.
   */
  public static void apply(HttpServletRequest request, HttpServletResponse response) {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "same-origin");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Content-Security-Policy", POLICY);
    if (request.isSecure()) {
      response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    }
    if (!isCacheable(request)) {
      response.setHeader("Cache-Control", "no-store");
      response.setHeader("Pragma", "no-cache");
    }
  }

  /** Static resources and the figures anyone may read; never anything behind sign-in. */
  static boolean isCacheable(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.startsWith("/jakarta.faces.resource/")
        || path.startsWith("/api/v1/statistics/")
        || path.startsWith("/api/v1/published/");
  }
}
