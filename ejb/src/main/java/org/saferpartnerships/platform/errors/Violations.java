package org.saferpartnerships.platform.errors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
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
    if (template != null && template.startsWith("{") && template.endsWith("}")) {
      try {
        return bundle.getString(template.substring(1, template.length() - 1));
      } catch (MissingResourceException notOurs) {
        return violation.getMessage();
      }
    }
    return violation.getMessage();
  }
}
