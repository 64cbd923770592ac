package org.saferpartnerships.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.Set;
import org.saferpartnerships.platform.errors.ServiceException;

/**
 * Keeps a browser that holds the user's HTTP Basic credentials from being made to change anything
 * by another site. A page on any site can make the browser POST a form (URL-encoded, multipart or
 * plain text, or nothing) without asking the API first, and the browser adds the cached
 * credentials; it cannot, without the API's leave (CORS, which the API never gives), send JSON, an
 * octet stream, a spreadsheet type or a header of its own. So a POST is taken only with one of
 * those bodies or with the {@value #HEADER} header (multipart uploads from programs send it); a
 * request the browser marks as cross-site is refused whatever it carries. PUT, PATCH and DELETE
 * cannot be sent cross-site without CORS at all.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class CrossSiteRequestFilter implements ContainerRequestFilter {

  /** The header a program sends with a multipart upload or a POST without a body. */
  public static final String HEADER = "X-Requested-By";

  private static final Set<String> UNSAFE = Set.of("POST", "PUT", "PATCH", "DELETE");

  @Override
  public void filter(ContainerRequestContext request) {
    if (!UNSAFE.contains(request.getMethod())) {
      return;
    }
    if ("cross-site".equalsIgnoreCase(request.getHeaderString("Sec-Fetch-Site"))) {
      throw new CrossSiteRefused();
    }
    if (!"POST".equals(request.getMethod()) || request.getHeaderString(HEADER) != null) {
      return;
    }
    MediaType type = request.getMediaType();
    if (type == null || formCanSend(type)) {
      throw new CrossSiteRefused();
    }
  }

  /** The body types an HTML form (or a CORS-free fetch) on any site can send. */
  private static boolean formCanSend(MediaType type) {
    String name = (type.getType() + "/" + type.getSubtype()).toLowerCase(Locale.ROOT);
    return name.equals("application/x-www-form-urlencoded")
        || name.equals("multipart/form-data")
        || name.equals("text/plain");
  }

  /** Answered 403 by {@link ServiceExceptionMapper}'s rule for refusals. */
  static final class CrossSiteRefused extends ServiceException {
    private static final long serialVersionUID = 1L;

    CrossSiteRefused() {
      super("auth.crossSite", HEADER);
    }
  }
}
