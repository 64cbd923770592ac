package org.saferpartnerships.platform.errors;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.lang.reflect.Proxy;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ViolationsTest {

  @Test
  void aStandardConstraintNamesItsFieldAndSaysWhatToDo() {
    ConstraintViolationException thrown =
        new ConstraintViolationException(
            Set.of(
                violation("NotBlank", "create.arg0.titleEn", Map.of(), "must not be blank"),
                violation("NotBlank", "create.arg0.labelCy", Map.of(), "must not be blank"),
                violation(
                    "Size", "create.arg0.code", Map.of("min", 0, "max", 40), "size must be…")));
    assertThat(Violations.messages(thrown, Locale.ENGLISH))
        .containsExactly(
            "Enter a code in 40 characters or fewer.",
            "Enter the label in Welsh.",
            "Enter the title in English.");
    assertThat(Violations.messages(thrown, Locale.forLanguageTag("cy")))
        .contains("Rhowch y teitl yn Saesneg.", "Rhowch cod mewn 40 nod neu lai.");
  }

  @Test
  void aPropertyWithNoNameInTheBundleIsSaidInWords() {
    assertThat(Violations.words("recipientName")).isEqualTo("recipient name");
    ConstraintViolationException thrown =
        new ConstraintViolationException(
            Set.of(violation("NotNull", "grant.recipientName", Map.of(), "must not be null")));
    assertThat(Violations.messages(thrown, Locale.ENGLISH))
        .containsExactly("Enter recipient name.");
  }

  @Test
  void aMessageOfOurOwnIsKeptAndAnUnknownConstraintFallsBackToItsOwnWords() {
    ConstraintViolationException thrown =
        new ConstraintViolationException(
            Set.of(
                violation("{workItem.title.required}", "open.title", Map.of(), "ignored"),
                violation("Unheard", "open.title", Map.of(), "is odd")));
    assertThat(Violations.messages(thrown, Locale.ENGLISH))
        .containsExactlyInAnyOrder("Enter a title.", "is odd");
  }

  private static ConstraintViolation<?> violation(
      String constraint, String path, Map<String, Object> attributes, String message) {
    String template =
        constraint.startsWith("{")
            ? constraint
            : "{jakarta.validation.constraints." + constraint + ".message}";
    ConstraintDescriptor<?> descriptor =
        (ConstraintDescriptor<?>)
            Proxy.newProxyInstance(
                ViolationsTest.class.getClassLoader(),
                new Class<?>[] {ConstraintDescriptor.class},
                (proxy, method, args) ->
                    method.getName().equals("getAttributes") ? attributes : null);
    Path property = path(path);
    return (ConstraintViolation<?>)
        Proxy.newProxyInstance(
            ViolationsTest.class.getClassLoader(),
            new Class<?>[] {ConstraintViolation.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getMessageTemplate" -> template;
                  case "getMessage" -> message;
                  case "getPropertyPath" -> property;
                  case "getConstraintDescriptor" -> descriptor;
                  case "hashCode" -> System.identityHashCode(proxy);
                  case "equals" -> proxy == args[0];
                  case "toString" -> path;
                  default -> null;
                });
  }

  private static Path path(String dotted) {
    List<Path.Node> nodes =
        java.util.Arrays.stream(dotted.split("\\."))
            .map(
                name ->
                    (Path.Node)
                        Proxy.newProxyInstance(
                            ViolationsTest.class.getClassLoader(),
                            new Class<?>[] {Path.Node.class},
                            (proxy, method, args) ->
                                method.getName().equals("getName") ? name : null))
            .toList();
    return new Path() {
      @Override
      public Iterator<Node> iterator() {
        return nodes.iterator();
      }

      @Override
      public String toString() {
        return dotted;
      }
    };
  }
}
