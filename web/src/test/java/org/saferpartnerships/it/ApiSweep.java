package org.saferpartnerships.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Calls every operation the API describes at /openapi, as every role and anonymously, with empty,
 * wrong-typed, oversized and hostile path parameters, query parameters and bodies (the bodies made
 * from each operation's own schema, one field at a time given the wrong type), and records every
 * answer of 500 or more. Row counts of every table are compared before and after each operation's
 * calls: a refused request must write nothing.
 */
final class ApiSweep {

  /** Values that are empty, of the wrong type, too long, or hostile, for any text slot. */
  static final List<String> HOSTILE =
      List.of(
          "",
          "abc",
          "-1",
          "0",
          "99999999999999999999",
          "1.5",
          "x".repeat(5000),
          "%00",
          "\u0000",
          "\ud800",
          "<script>alert(1)</script>",
          "' OR '1'='1",
          "../../etc/passwd",
          "E22000013",
          "2026-02-30",
          "true");

  /** Bodies of the wrong shape for any JSON operation. */
  static final List<String> BODIES =
      List.of("", "{}", "[]", "null", "\"text\"", "12", "{\"a\":[", "{\"a\":{\"b\":", "[{}]");

  record Failure(String request, int status, String body) {}

  private final Api api;
  private final Supplier<Map<String, Long>> rows;
  private final List<Failure> failures = new ArrayList<>();
  private final List<String> writes = new ArrayList<>();
  private final List<String> unanswered = new ArrayList<>();
  private int cases;

  ApiSweep(Api api, Supplier<Map<String, Long>> rows) {
    this.api = api;
    this.rows = rows;
  }

  int cases() {
    return cases;
  }

  List<Failure> failures() {
    return failures;
  }

  /** Requests the server closed the connection on without answering. */
  List<String> unanswered() {
    return unanswered;
  }

  /** Operations whose row counts changed although every call to them was refused. */
  List<String> writes() {
    return writes;
  }

  void sweep(JsonObject openApi, List<String> credentials, List<String> skipped) {
    JsonObject schemas =
        openApi.containsKey("components")
                && openApi.getJsonObject("components").containsKey("schemas")
            ? openApi.getJsonObject("components").getJsonObject("schemas")
            : JsonValue.EMPTY_JSON_OBJECT;
    for (Map.Entry<String, JsonValue> path : openApi.getJsonObject("paths").entrySet()) {
      if (skipped.stream().anyMatch(path.getKey()::startsWith)) {
        continue;
      }
      for (Map.Entry<String, JsonValue> operation : path.getValue().asJsonObject().entrySet()) {
        String method = operation.getKey().toUpperCase(java.util.Locale.ROOT);
        if (!List.of("GET", "POST", "PUT", "DELETE", "PATCH").contains(method)) {
          continue;
        }
        Map<String, Long> before = rows.get();
        boolean anyAccepted = false;
        for (String who : credentials) {
          // every caller tries it plainly; those the role check lets through try every variant
          if (admitted(path.getKey(), method, who)) {
            anyAccepted |=
                operation(path.getKey(), method, operation.getValue().asJsonObject(), schemas, who);
          }
        }
        Map<String, Long> after = rows.get();
        if (!anyAccepted && !after.equals(before)) {
          writes.add(method + " " + path.getKey() + ": " + difference(before, after));
        }
      }
    }
  }

  /** Whether a plain call gets past sign-in and the role check (not 401, 403 or 405). */
  private boolean admitted(String template, String method, String who) {
    String path = template.replaceAll("\\{[^}]+\\}", "0");
    String base = path.startsWith("/api/") ? path.substring(1) : "api" + path;
    Api.Reply reply = call(method, base, "GET".equals(method) ? null : "{}", who);
    cases++;
    if (reply.status() >= 500) {
      failures.add(
          new Failure(
              who.split(":")[0] + " " + method + " " + path,
              reply.status(),
              abbreviate(reply.body())));
    }
    return reply.status() != 401 && reply.status() != 403 && reply.status() != 405;
  }

  /** Calls one operation as one caller; true if any call was accepted (2xx) for a change. */
  private boolean operation(
      String template, String method, JsonObject operation, JsonObject schemas, String who) {
    List<JsonObject> parameters = new ArrayList<>();
    if (operation.containsKey("parameters")) {
      operation.getJsonArray("parameters").forEach(p -> parameters.add(p.asJsonObject()));
    }
    List<String> paths = new ArrayList<>();
    if (template.contains("{")) {
      for (String value : HOSTILE) {
        paths.add(template.replaceAll("\\{[^}]+\\}", encode(value)));
      }
    } else {
      paths.add(template);
    }
    List<String> queries = new ArrayList<>();
    queries.add("");
    for (JsonObject parameter : parameters) {
      if ("query".equals(parameter.getString("in", ""))) {
        for (String value : HOSTILE) {
          queries.add(parameter.getString("name") + "=" + encode(value));
        }
      }
    }
    List<String> bodies = new ArrayList<>();
    if (operation.containsKey("requestBody")) {
      JsonObject content = operation.getJsonObject("requestBody").getJsonObject("content");
      if (content != null && content.containsKey("application/json")) {
        bodies.addAll(BODIES);
        JsonObject schema = content.getJsonObject("application/json").getJsonObject("schema");
        bodies.addAll(wrongFieldBodies(resolve(schema, schemas), schemas));
      } else {
        bodies.add(null);
      }
    } else {
      bodies.add(null);
    }
    boolean accepted = false;
    for (String path : paths) {
      String shortPath = path.length() > 200 ? path.substring(0, 200) + "…" : path;
      for (String query : path.equals(paths.get(0)) ? queries : List.of("")) {
        for (String body : path.equals(paths.get(0)) && query.isEmpty() ? bodies : List.of("{}")) {
          if (body != null && !"GET".equals(method) && !operation.containsKey("requestBody")) {
            body = null;
          }
          String base = path.startsWith("/api/") ? path.substring(1) : "api" + path;
          String target = base + (query.isEmpty() ? "" : "?" + query);
          Api.Reply reply = call(method, target, body, who);
          cases++;
          if (reply.status() >= 500) {
            failures.add(
                new Failure(
                    who.split(":")[0]
                        + " "
                        + method
                        + " "
                        + shortPath
                        + " "
                        + abbreviate(query)
                        + " "
                        + abbreviate(body),
                    reply.status(),
                    abbreviate(reply.body())));
          }
          if (!"GET".equals(method) && reply.status() < 300) {
            accepted = true;
          }
        }
      }
    }
    return accepted;
  }

  private Api.Reply call(String method, String target, String body, String who) {
    HttpRequest.Builder request =
        api.request(target, who.isEmpty() ? null : who).timeout(Duration.ofSeconds(30));
    HttpRequest.BodyPublisher publisher =
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body);
    if (body != null) {
      request.header("Content-Type", "application/json");
    } else if (!"GET".equals(method)) {
      request.header("X-Requested-By", "sweep");
    }
    try {
      return api.send(request.method(method, publisher).build());
    } catch (IllegalStateException noAnswer) {
      // the connection closed without an answer: no thread is held, but say which request it was
      unanswered.add(method + " " + target.substring(0, Math.min(200, target.length())));
      return new Api.Reply(499, "", null);
    }
  }

  /** For an object schema, one body per property giving it a value of the wrong type. */
  private static List<String> wrongFieldBodies(JsonObject schema, JsonObject schemas) {
    List<String> bodies = new ArrayList<>();
    if (schema == null || !schema.containsKey("properties")) {
      return bodies;
    }
    for (Map.Entry<String, JsonValue> property : schema.getJsonObject("properties").entrySet()) {
      JsonObject type = resolve(property.getValue().asJsonObject(), schemas);
      String kind = type == null ? "object" : type.getString("type", "object");
      List<String> wrong =
          switch (kind) {
            case "string" -> List.of("{}", "12", "\"" + "x".repeat(20_000) + "\"", "\"\\u0000\"");
            case "integer", "number" -> List.of("\"abc\"", "1.5", "99999999999999999999");
            case "boolean" -> List.of("\"yes\"", "1");
            case "array" -> List.of("{}", "\"x\"", "[{\"a\":[]}]");
            default -> List.of("[]", "\"x\"");
          };
      for (String value : wrong) {
        bodies.add("{\"" + property.getKey() + "\":" + value + "}");
      }
    }
    return bodies;
  }

  private static JsonObject resolve(JsonObject schema, JsonObject schemas) {
    if (schema == null) {
      return null;
    }
    if (schema.containsKey("$ref")) {
      String name = schema.getString("$ref").replaceFirst("^#/components/schemas/", "");
      return schemas.containsKey(name) ? schemas.getJsonObject(name) : null;
    }
    return schema;
  }

  static String difference(Map<String, Long> before, Map<String, Long> after) {
    Map<String, String> changed = new LinkedHashMap<>();
    after.forEach(
        (table, count) -> {
          if (!count.equals(before.get(table))) {
            changed.put(table, before.get(table) + " → " + count);
          }
        });
    return changed.toString();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static String abbreviate(String text) {
    if (text == null) {
      return "";
    }
    return text.length() > 120 ? text.substring(0, 120) + "…" : text;
  }

  static JsonObject parse(String json) {
    return Json.createReader(new StringReader(json)).readObject();
  }

  static void assertNoFailures(ApiSweep sweep) {
    assertThat(sweep.failures())
        .as("answers of 500 or more among " + sweep.cases() + " calls")
        .isEmpty();
    assertThat(sweep.writes()).as("rows written by refused requests").isEmpty();
  }
}
