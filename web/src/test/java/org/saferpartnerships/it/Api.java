package org.saferpartnerships.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/** A small HTTP client for the JSON API, signing in with HTTP Basic as a given user. */
final class Api {

  static final String ADMIN = "admin:admin-demo-2026";
  static final String COORDINATOR = "coordinator:coordinator-demo-2026";
  static final String PCC = "pcc:pcc-demo-2026";
  static final String PARTNER = "partner:partner-demo-2026";
  static final String ANALYST = "analyst:analyst-demo-2026";

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1) // as browsers reach the server; no h2c upgrade
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  private final URL base;

  Api(URL base) {
    this.base = base;
  }

  record Reply(int status, String body, HttpResponse<String> raw) {
    JsonObject json() {
      return Json.createReader(new StringReader(body)).readObject();
    }

    JsonStructure jsonValue() {
      return Json.createReader(new StringReader(body)).read();
    }

    String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }
  }

  Reply get(String path, String credentials) {
    return send(request(path, credentials).GET().build());
  }

  Reply get(String path, String credentials, String language) {
    return send(request(path, credentials).header("Accept-Language", language).GET().build());
  }

  Reply delete(String path, String credentials) {
    return send(request(path, credentials).DELETE().build());
  }

  Reply postJson(String path, String credentials, String json) {
    return send(
        request(path, credentials)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  Reply putJson(String path, String credentials, String json) {
    return send(
        request(path, credentials)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  /** POSTs a multipart form with one file part and optional text parts (name, value, ...). */
  Reply upload(String path, String credentials, String fileName, byte[] content, String... fields) {
    String boundary = "----sp" + UUID.randomUUID();
    StringBuilder head = new StringBuilder();
    for (int i = 0; i + 1 < fields.length; i += 2) {
      head.append("--")
          .append(boundary)
          .append("\r\n")
          .append("Content-Disposition: form-data; name=\"")
          .append(fields[i])
          .append("\"\r\n\r\n")
          .append(fields[i + 1])
          .append("\r\n");
    }
    byte[] body;
    if (fileName == null) {
      body = (head + "--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
    } else {
      head.append("--")
          .append(boundary)
          .append("\r\n")
          .append("Content-Disposition: form-data; name=\"file\"; filename=\"")
          .append(fileName)
          .append("\"\r\n")
          .append("Content-Type: text/csv\r\n\r\n");
      byte[] start = head.toString().getBytes(StandardCharsets.UTF_8);
      byte[] end = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
      body = new byte[start.length + content.length + end.length];
      System.arraycopy(start, 0, body, 0, start.length);
      System.arraycopy(content, 0, body, start.length, content.length);
      System.arraycopy(end, 0, body, start.length + content.length, end.length);
    }
    return send(
        request(path, credentials)
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .header("X-Requested-By", "safer-partnerships-tests")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build());
  }

  Reply postBytes(String path, String credentials, byte[] content) {
    return send(
        request(path, credentials)
            .header("Content-Type", "application/octet-stream")
            .POST(HttpRequest.BodyPublishers.ofByteArray(content))
            .build());
  }

  HttpRequest.Builder request(String path, String credentials) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path));
    if (credentials != null) {
      builder.header(
          "Authorization",
          "Basic "
              + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }
    return builder;
  }

  URI uri(String path) {
    String root = base.toString().endsWith("/") ? base.toString() : base + "/";
    return URI.create(root + (path.startsWith("/") ? path.substring(1) : path));
  }

  Reply send(HttpRequest request) {
    try {
      HttpResponse<String> response =
          HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Reply(response.statusCode(), response.body(), response);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
