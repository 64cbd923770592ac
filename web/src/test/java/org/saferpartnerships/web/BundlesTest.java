package org.saferpartnerships.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every page and message exists in English and Welsh: each bundle's Welsh twin has exactly its
 * keys, no Welsh text is left empty, and every pattern is a valid MessageFormat in both languages.
 */
class BundlesTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "org/saferpartnerships/web/messages",
        "org/saferpartnerships/platform/service_messages",
        "org/saferpartnerships/partnership/lookup/lookup_messages",
        "ValidationMessages"
      })
  void theWelshBundleHasEveryKeyOfTheEnglishOne(String bundle) throws IOException {
    Properties english = load(bundle + ".properties");
    Properties welsh = load(bundle + "_cy.properties");

    assertThat(welsh.stringPropertyNames())
        .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
    for (String key : welsh.stringPropertyNames()) {
      assertThat(welsh.getProperty(key)).as(key).isNotBlank();
      if (!key.startsWith("table.")) {
        new MessageFormat(welsh.getProperty(key), Locale.forLanguageTag("cy"));
        new MessageFormat(english.getProperty(key), Locale.ENGLISH);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"org/primefaces/Messages_cy.properties"})
  void primeFacesHasItsWelshMessages(String resource) throws IOException {
    assertThat(load(resource).getProperty("primefaces.datatable.SORT_LABEL")).isEqualTo("Trefnu");
  }

  private static Properties load(String resource) throws IOException {
    try (InputStream in = BundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      Properties properties = new Properties();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return properties;
    }
  }
}
