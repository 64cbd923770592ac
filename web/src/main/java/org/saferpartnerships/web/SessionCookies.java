package org.saferpartnerships.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Hardens the session cookie (DESIGN.md section 4): HttpOnly so scripts cannot read it, and Secure
 * where the service is served over HTTPS ({@code sp.session.secure-cookie}, off for the plain-HTTP
 * embedded default). SameSite=Lax, so that other sites cannot post with it, is set in
 * payara-web.xml: Payara ignores the Servlet 6 cookie attribute for its session cookie.
 */
@WebListener
public class SessionCookies implements ServletContextListener {

  static final String NAME = "SPSESSION";

  @Override
  public void contextInitialized(ServletContextEvent event) {
    SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
    cookie.setName(NAME);
    cookie.setHttpOnly(true);
    cookie.setSecure(
        ConfigProvider.getConfig()
            .getOptionalValue("sp.session.secure-cookie", Boolean.class)
            .orElse(false));
  }
}
