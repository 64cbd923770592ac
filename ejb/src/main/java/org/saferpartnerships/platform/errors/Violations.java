package org.saferpartnerships.platform.errors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.text.MessageFormat;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The Bean Validation failures inside an exception (the EJB container wraps those of service
 * parameters), as sentences in the caller's language: the container interpolates in the server's
 * locale, so a message template {@code {key}} is looked up again in ValidationMessages(_cy).
 */
public final class Violations {

  private Violations() {}

  public static Optional<ConstraintViolationException> find(Throwable thrown) {
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      if (cause instanceof ConstraintViolationException violations) {
        return Optional.of(violations);
      }
    }
    return Optional.empty();
  }

  public static List<String> messages(ConstraintViolationException thrown, Locale locale) {
    ResourceBundle bundle =
        ResourceBundle.getBundle(
            "ValidationMessages",
            "cy".equals(locale.getLanguage()) ? locale : Locale.ROOT,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    return thrown.getConstraintViolations().stream()
        .sorted(Comparator.comparing(v -> String.valueOf(v.getPropertyPath())))
        .map(violation -> message(violation, bundle))
        .distinct()
        .toList();
  }

  private static String message(ConstraintViolation<?> violation, ResourceBundle bundle) {
    String template = violation.getMessageTemplate();
    if (template != null && template.startsWith(STANDARD) && template.endsWith(".message}")) {
      return standard(violation, bundle, template);
    }
    if (template != null && template.startsWith("{") && template.endsWith("}")) {
      try {
        return bundle.getString(template.substring(1, template.length() - 1));
      } catch (MissingResourceException notOurs) {
        return violation.getMessage();
      }
    }
    return violation.getMessage();
  }

  private static final String STANDARD = "{jakarta.validation.constraints.";

  /**
   * A standard constraint with no message of its own ("must not be blank", which says neither which
   * field nor what to do): said again as {@code constraint.<Name>} of ValidationMessages, naming
   * the field ({@code field.<property>}, or the property's name in words) and the limits.
   */
  private static String standard(
      ConstraintViolation<?> violation, ResourceBundle bundle, String template) {
    String constraint =
        template.substring(STANDARD.length(), template.length() - ".message}".length());
    String pattern;
    try {
      pattern = bundle.getString("constraint." + constraint);
    } catch (MissingResourceException unknown) {
      return violation.getMessage();
    }
    Map<String, Object> limits = violation.getConstraintDescriptor().getAttributes();
    return new MessageFormat(pattern, bundle.getLocale())
        .format(
            new Object[] {
              field(violation, bundle), limits.get("min"), limits.get("max"), limits.get("value")
            });
  }

  /** The field a violation is about, as the bundle names it, else its property in words. */
  static String field(ConstraintViolation<?> violation, ResourceBundle bundle) {
    String leaf = null;
    for (Path.Node node : violation.getPropertyPath()) {
      if (node.getName() != null) {
        leaf = node.getName();
      }
    }
    if (leaf == null) {
      return "";
    }
    try {
      return bundle.getString("field." + leaf);
    } catch (MissingResourceException unnamed) {
      return words(leaf);
    }
  }

  /** "titleEn" as "title en", "cspCode" as "csp code": a property's name in words. */
  static String words(String property) {
    return property.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
  }
}
