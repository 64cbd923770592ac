package org.saferpartnerships.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * Every message with a blank to fill is a pattern MessageFormat can read, in English and Welsh: a
 * brace left open (a plural's choice not closed) fails here, not on the page that shows it.
 */
class MessagePatternsTest {

  private static final List<String> BUNDLES =
      List.of(
          "org/saferpartnerships/web/messages.properties",
          "org/saferpartnerships/web/messages_cy.properties",
          "org/saferpartnerships/platform/service_messages.properties",
          "org/saferpartnerships/platform/service_messages_cy.properties",
          "ValidationMessages.properties",
          "ValidationMessages_cy.properties");

  /** PrimeFaces' own templates, which are not MessageFormat patterns. */
  private static final List<String> NOT_PATTERNS = List.of("table.pageReport");

  @Test
  void everyPatternParses() throws IOException {
    List<String> broken = new ArrayList<>();
    for (String bundle : BUNDLES) {
      Properties messages = new Properties();
      try (InputStream in = getClass().getClassLoader().getResourceAsStream(bundle)) {
        assertThat(in).as(bundle).isNotNull();
        messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      }
      for (String key : messages.stringPropertyNames()) {
        String pattern = messages.getProperty(key);
        if (!pattern.contains("{") || NOT_PATTERNS.contains(key)) {
          continue;
        }
        try {
          new MessageFormat(pattern);
        } catch (IllegalArgumentException unreadable) {
          broken.add(bundle + " " + key + ": " + unreadable.getMessage());
        }
      }
    }
    assertThat(broken).isEmpty();
  }
}
