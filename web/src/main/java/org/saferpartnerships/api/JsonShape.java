package org.saferpartnerships.api;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.saferpartnerships.platform.errors.PlainText;

/**
 * Checks a parsed JSON body against the Java type a resource reads it into, before JSON-B binds it,
 * and refuses the first part that does not fit with its path named ({@code hateRelated}, {@code
 * answers[2].optionId}). JSON-B alone is lenient where it must not be: it reads {@code "yes"} as
 * {@code false}, skips fields it does not know, and fails on a wrong type with an exception that
 * names nothing. Every string anywhere in the body must also pass {@link PlainText}.
 */
final class JsonShape {

  static final String ROOT = "body";

  private JsonShape() {}

  static void check(JsonValue value, Type type) {
    check(value, type, ROOT);
  }

  private static void check(JsonValue value, Type type, String path) {
    if (value.getValueType() == JsonValue.ValueType.NULL) {
      if (type instanceof Class<?> c && c.isPrimitive()) {
        throw refused(path, "body.required");
      }
      return;
    }
    if (type instanceof ParameterizedType parameterized) {
      checkGeneric(value, parameterized, path);
    } else if (type instanceof GenericArrayType array) {
      checkElements(value, array.getGenericComponentType(), path);
    } else if (type instanceof Class<?> c) {
      checkClass(value, c, path);
    } else {
      checkTextAnywhere(value, path);
    }
  }

  private static void checkGeneric(JsonValue value, ParameterizedType type, String path) {
    Class<?> raw = (Class<?>) type.getRawType();
    Type[] arguments = type.getActualTypeArguments();
    if (Collection.class.isAssignableFrom(raw)) {
      checkElements(value, arguments[0], path);
    } else if (Map.class.isAssignableFrom(raw)) {
      JsonObject object =
          expect(value, JsonValue.ValueType.OBJECT, path, "body.expectedObject").asJsonObject();
      for (Map.Entry<String, JsonValue> member : object.entrySet()) {
        checkText(member.getKey(), path);
        check(member.getValue(), arguments[1], path + "." + member.getKey());
      }
    } else {
      checkClass(value, raw, path);
    }
  }

  private static void checkElements(JsonValue value, Type element, String path) {
    JsonArray array =
        expect(value, JsonValue.ValueType.ARRAY, path, "body.expectedArray").asJsonArray();
    for (int i = 0; i < array.size(); i++) {
      check(array.get(i), element, path + "[" + i + "]");
    }
  }

  private static void checkClass(JsonValue value, Class<?> type, String path) {
    if (type == String.class) {
      checkText(
          ((JsonString) expect(value, JsonValue.ValueType.STRING, path, "body.expectedText"))
              .getString(),
          path);
    } else if (type == Boolean.class || type == boolean.class) {
      if (value.getValueType() != JsonValue.ValueType.TRUE
          && value.getValueType() != JsonValue.ValueType.FALSE) {
        throw refused(path, "body.expectedBoolean");
      }
    } else if (isWholeNumber(type)) {
      checkWhole(value, type, path);
    } else if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
      expect(value, JsonValue.ValueType.NUMBER, path, "body.expectedNumber");
    } else if (type.isEnum()) {
      checkEnum(value, type, path);
    } else if (type == LocalDate.class) {
      checkDate(value, path);
    } else if (type.isRecord()) {
      checkRecord(value, type, path);
    } else if (type.isArray()) {
      checkElements(value, type.getComponentType(), path);
    } else if (Collection.class.isAssignableFrom(type)) {
      checkElements(value, Object.class, path);
    } else {
      checkTextAnywhere(value, path);
    }
  }

  private static void checkRecord(JsonValue value, Class<?> type, String path) {
    JsonObject object =
        expect(value, JsonValue.ValueType.OBJECT, path, "body.expectedObject").asJsonObject();
    Map<String, RecordComponent> components =
        Arrays.stream(type.getRecordComponents())
            .collect(Collectors.toMap(RecordComponent::getName, component -> component));
    for (Map.Entry<String, JsonValue> member : object.entrySet()) {
      String memberPath = child(path, member.getKey());
      RecordComponent component = components.get(member.getKey());
      if (component == null) {
        checkText(member.getKey(), path);
        throw refused(memberPath, "body.unknownField");
      }
      check(member.getValue(), component.getGenericType(), memberPath);
    }
  }

  private static void checkWhole(JsonValue value, Class<?> type, String path) {
    JsonNumber number =
        (JsonNumber) expect(value, JsonValue.ValueType.NUMBER, path, "body.expectedWhole");
    if (!number.isIntegral()) {
      throw refused(path, "body.expectedWhole");
    }
    if (type == BigInteger.class) {
      return;
    }
    BigInteger whole = number.bigDecimalValue().toBigIntegerExact();
    long min = type == Integer.class || type == int.class ? Integer.MIN_VALUE : Long.MIN_VALUE;
    long max = type == Integer.class || type == int.class ? Integer.MAX_VALUE : Long.MAX_VALUE;
    if (type == Short.class || type == short.class) {
      min = Short.MIN_VALUE;
      max = Short.MAX_VALUE;
    }
    if (whole.compareTo(BigInteger.valueOf(min)) < 0
        || whole.compareTo(BigInteger.valueOf(max)) > 0) {
      throw refused(path, "body.numberOutOfRange", min, max);
    }
  }

  private static void checkEnum(JsonValue value, Class<?> type, String path) {
    String text =
        ((JsonString) expect(value, JsonValue.ValueType.STRING, path, "body.expectedText"))
            .getString();
    Object[] constants = type.getEnumConstants();
    for (Object constant : constants) {
      if (((Enum<?>) constant).name().equals(text)) {
        return;
      }
    }
    throw refused(
        path,
        "body.expectedOneOf",
        Arrays.stream(constants).map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", ")));
  }

  private static void checkDate(JsonValue value, String path) {
    String text =
        ((JsonString) expect(value, JsonValue.ValueType.STRING, path, "body.expectedDate"))
            .getString();
    try {
      LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw refused(path, "body.expectedDate");
    }
  }

  /** Anything goes in shape; only the text rule applies (a body bound to Object or JsonValue). */
  private static void checkTextAnywhere(JsonValue value, String path) {
    switch (value.getValueType()) {
      case STRING -> checkText(((JsonString) value).getString(), path);
      case ARRAY -> {
        JsonArray array = value.asJsonArray();
        for (int i = 0; i < array.size(); i++) {
          checkTextAnywhere(array.get(i), path + "[" + i + "]");
        }
      }
      case OBJECT -> {
        for (Map.Entry<String, JsonValue> member : value.asJsonObject().entrySet()) {
          checkText(member.getKey(), path);
          checkTextAnywhere(member.getValue(), child(path, member.getKey()));
        }
      }
      default -> {}
    }
  }

  private static void checkText(String text, String path) {
    int bad = PlainText.firstForbidden(text);
    if (bad >= 0) {
      throw refused(path, "body.forbiddenCharacter", PlainText.describe(text, bad));
    }
  }

  private static JsonValue expect(
      JsonValue value, JsonValue.ValueType wanted, String path, String key) {
    if (value.getValueType() != wanted) {
      throw refused(path, key);
    }
    return value;
  }

  private static boolean isWholeNumber(Class<?> type) {
    return type == Integer.class
        || type == int.class
        || type == Long.class
        || type == long.class
        || type == Short.class
        || type == short.class
        || type == BigInteger.class;
  }

  private static String child(String path, String name) {
    return ROOT.equals(path) ? name : path + "." + name;
  }

  private static InvalidParameterException refused(String path, String key, Object... more) {
    Object[] args = new Object[more.length + 1];
    args[0] = path;
    System.arraycopy(more, 0, args, 1, more.length);
    return InvalidParameterException.of(path, key, args);
  }
}
