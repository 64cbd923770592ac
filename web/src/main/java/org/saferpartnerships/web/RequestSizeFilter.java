package org.saferpartnerships.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.saferpartnerships.platform.errors.ServiceException;

/**
 * Refuses, with 413 and before a byte of the body is read, a request whose Content-Length is over
 * what its address can ever accept: the file of consultation responses (sp.import.max-bytes and a
 * megabyte for the form around it) at the two addresses that take one, {@link #DEFAULT_LIMIT}
 * anywhere else (the largest attachment, 10 MB, and the form). The connection is closed rather than
 * drained, so a declared 1.5 GB body is not waited for. The API answers in JSON; a page shows the
 * size message. Bodies without a length are bounded where they are read.
 */
@WebFilter(filterName = "requestSize", urlPatterns = "/*")
public class RequestSizeFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  static final long MULTIPART_ALLOWANCE = 1024 * 1024;

  /** The largest body of any address but the two that take a file of responses. */
  static final long DEFAULT_LIMIT = 10L * 1024 * 1024 + MULTIPART_ALLOWANCE;

  private static final Pattern IMPORT_ADDRESSES =
      Pattern.compile("/api/v1/consultations/[^/]+/imports/?|/consultation/import\\.xhtml");

  @Inject
  @ConfigProperty(name = "sp.import.max-bytes", defaultValue = "52428800")
  private long importMaxBytes;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    long declared = request.getContentLengthLong();
    long limit = limitFor(request);
    if (declared > limit) {
      refuse(request, response, limit);
      return;
    }
    chain.doFilter(request, response);
  }

  long limitFor(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return IMPORT_ADDRESSES.matcher(path).matches()
        ? importMaxBytes + MULTIPART_ALLOWANCE
        : DEFAULT_LIMIT;
  }

  private static void refuse(HttpServletRequest request, HttpServletResponse response, long limit)
      throws IOException {
    response.setHeader("Connection", "close");
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.startsWith("/api/")) {
      Locale locale = Language.acceptedBy(request);
      String message =
          ServiceException.render(locale, "body.tooLarge", limit)
              .replace("\\", "\\\\")
              .replace("\"", "\\\"");
      response.setStatus(413);
      response.setContentType("application/json");
      response.setCharacterEncoding("UTF-8");
      byte[] body =
          ("{\"status\":413,\"error\":\"Content Too Large\",\"message\":\"" + message + "\"}")
              .getBytes(StandardCharsets.UTF_8);
      response.setContentLength(body.length);
      response.getOutputStream().write(body);
      response.flushBuffer();
    } else {
      // a page: sent to the page that gives the size (an error dispatch of this POST would reach
      // Faces as a postback without its view, and be answered as an expired page)
      response.setStatus(303);
      response.setHeader(
          "Location", request.getContextPath() + "/error/413.xhtml?limit=" + limit / (1024 * 1024));
      response.flushBuffer();
    }
  }
}
