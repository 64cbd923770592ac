package org.saferpartnerships.api;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.NoSuchElementException;

/**
 * Reads every JSON request body of the API, in place of the server's own JSON-B reader, so that no
 * body can hold a thread or the heap: at most {@link #MAX_BYTES} bytes are read (413 past them,
 * judged on Content-Length before reading), the bytes must be UTF-8, the JSON is walked event by
 * event to its end before anything is bound (the parser Payara bundles loops for ever when JSON-B
 * skips an unknown field whose array or object is never closed: parsson issue 23), nesting is
 * limited, and the value is checked against the target type by {@link JsonShape}. Only then does
 * JSON-B bind it. Every refusal is a 400 naming the part at fault. An empty body reads as {@code
 * {}} (or {@code []}), so actions that need nothing may be sent with none.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json", "text/json"})
public class JsonBodyReader implements MessageBodyReader<Object> {

  /** The largest JSON body any address takes; files go as multipart or octet streams instead. */
  public static final int MAX_BYTES = 1024 * 1024;

  static final int MAX_DEPTH = 32;

  @Override
  public boolean isReadable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return type != String.class
        && type != byte[].class
        && !InputStream.class.isAssignableFrom(type)
        && !java.io.Reader.class.isAssignableFrom(type);
  }

  @Override
  public Object readFrom(
      Class<Object> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, String> headers,
      InputStream body)
      throws IOException {
    BoundedBody.refuseDeclaredOver(headers.getFirst("Content-Length"), MAX_BYTES);
    String text = decode(BoundedBody.read(body, MAX_BYTES));
    if (text.isBlank()) {
      text = isList(type) ? "[]" : "{}";
    }
    JsonValue value = parse(text);
    if (JsonValue.class.isAssignableFrom(type)) {
      JsonShape.check(value, Object.class);
      return value;
    }
    JsonShape.check(value, genericType);
    try {
      return JsonConfiguration.JSONB.fromJson(text, genericType);
    } catch (JsonbException unbindable) {
      throw InvalidParameterException.of(JsonShape.ROOT, "body.unbindable");
    }
  }

  /** Walks the whole text, then builds its tree; refuses broken, truncated or too deep JSON. */
  static JsonValue parse(String text) {
    int depth = 0;
    try (JsonParser parser = Json.createParser(new StringReader(text))) {
      while (parser.hasNext()) {
        JsonParser.Event event = parser.next();
        if (event == JsonParser.Event.START_ARRAY || event == JsonParser.Event.START_OBJECT) {
          if (++depth > MAX_DEPTH) {
            throw InvalidParameterException.of(
                JsonShape.ROOT, "body.tooDeep", JsonShape.ROOT, MAX_DEPTH);
          }
        } else if (event == JsonParser.Event.END_ARRAY || event == JsonParser.Event.END_OBJECT) {
          depth--;
        }
      }
    } catch (JsonParsingException broken) {
      JsonLocation at = broken.getLocation();
      throw InvalidParameterException.of(
          JsonShape.ROOT,
          "body.malformed",
          JsonShape.ROOT,
          at == null ? 1 : at.getLineNumber(),
          at == null ? 1 : at.getColumnNumber());
    } catch (jakarta.json.JsonException | NoSuchElementException | IllegalStateException broken) {
      throw InvalidParameterException.of(JsonShape.ROOT, "body.truncated");
    }
    if (depth != 0) {
      throw InvalidParameterException.of(JsonShape.ROOT, "body.truncated");
    }
    return Json.createReader(new StringReader(text)).readValue();
  }

  private static String decode(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException notUtf8) {
      throw InvalidParameterException.of(JsonShape.ROOT, "body.encoding");
    }
  }

  private static boolean isList(Class<?> type) {
    return java.util.Collection.class.isAssignableFrom(type) || type.isArray();
  }
}
