package org.saferpartnerships.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Sends a Faces Ajax request elsewhere: a partial response that tells the page's script to go to
 * the address (a plain redirect would be followed by the script as if it were the update).
 */
public final class AjaxRedirect {

  private AjaxRedirect() {}

  public static void write(HttpServletResponse response, String target) {
    try {
      response.setContentType("text/xml");
      response.setCharacterEncoding("UTF-8");
      response
          .getWriter()
          .write(
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                  + target
                  + "\"/></partial-response>");
      response.flushBuffer();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
