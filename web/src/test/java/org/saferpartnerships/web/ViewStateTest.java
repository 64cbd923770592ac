package org.saferpartnerships.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.faces.view.ViewScoped;
import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Sessions replicate between the instances of a cluster ({@code <distributable/>} in web.xml), and
 * a view-scoped bean lives in the session: everything it keeps between requests must be
 * serializable, or the session cannot be copied (Payara logs "Cannot serialize session attribute"
 * and a user moved to another instance loses the page). This walks every view-scoped bean's
 * non-transient fields, and into the records and collections they hold.
 */
class ViewStateTest {

  @Test
  void everyViewScopedBeanKeepsOnlySerializableState() throws IOException {
    List<String> problems = new ArrayList<>();
    for (Class<?> bean : viewScopedBeans()) {
      assertThat(Serializable.class).isAssignableFrom(bean);
      for (Field field : bean.getDeclaredFields()) {
        int modifiers = field.getModifiers();
        if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || injected(field)) {
          continue;
        }
        check(
            field.getGenericType(),
            bean.getSimpleName() + "." + field.getName(),
            problems,
            new HashSet<>());
      }
    }
    assertThat(problems).as("state a view-scoped bean keeps that cannot be serialized").isEmpty();
  }

  private static void check(Type type, String where, List<String> problems, Set<Type> seen) {
    if (!seen.add(type)) {
      return;
    }
    if (type instanceof WildcardType wildcard) {
      for (Type bound : wildcard.getUpperBounds()) {
        check(bound, where, problems, seen);
      }
      return;
    }
    if (type instanceof ParameterizedType parameterized) {
      check(parameterized.getRawType(), where, problems, seen);
      for (Type argument : parameterized.getActualTypeArguments()) {
        check(argument, where + "<>", problems, seen);
      }
      return;
    }
    if (!(type instanceof Class<?> raw)) {
      return; // a type variable: bounded by what declares it
    }
    if (raw.isArray()) {
      check(raw.getComponentType(), where + "[]", problems, seen);
      return;
    }
    if (raw.isPrimitive() || raw == Object.class) {
      return;
    }
    boolean container = Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw);
    if (raw == Optional.class) {
      problems.add(where + ": Optional is not serializable");
      return;
    }
    if (!container && !Serializable.class.isAssignableFrom(raw)) {
      problems.add(where + ": " + raw.getName());
      return;
    }
    if (raw.isRecord()) {
      for (RecordComponent component : raw.getRecordComponents()) {
        check(component.getGenericType(), where + "." + component.getName(), problems, seen);
      }
    } else if (raw.getName().startsWith("org.saferpartnerships") && !raw.isEnum()) {
      for (Field field : raw.getDeclaredFields()) {
        int modifiers = field.getModifiers();
        if (!Modifier.isStatic(modifiers) && !Modifier.isTransient(modifiers)) {
          check(field.getGenericType(), where + "." + field.getName(), problems, seen);
        }
      }
    }
  }

  /** An injected reference: the container's proxy, which serializes itself. */
  private static boolean injected(Field field) {
    return field.isAnnotationPresent(jakarta.inject.Inject.class)
        || field.isAnnotationPresent(jakarta.ejb.EJB.class);
  }

  private static List<Class<?>> viewScopedBeans() throws IOException {
    Path classes = Path.of("target", "classes");
    List<Class<?>> beans = new ArrayList<>();
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name =
            classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
        if (name.contains("$") || !name.startsWith("org.saferpartnerships.web")) {
          continue;
        }
        try {
          Class<?> type = Class.forName(name, false, ViewStateTest.class.getClassLoader());
          if (type.isAnnotationPresent(ViewScoped.class)) {
            beans.add(type);
          }
        } catch (ClassNotFoundException | LinkageError e) {
          throw new IllegalStateException(name, e);
        }
      }
    }
    assertThat(beans).as("view-scoped beans found").hasSizeGreaterThan(20);
    return beans;
  }
}
