package org.saferpartnerships.api;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.NoSuchElementException;

/**
 * Guards every JSON request body of the API, whichever reader then binds it, so that no body can
 * hold a thread or the heap: at most {@link #MAX_BYTES} bytes are read (413 past them, judged on
 * Content-Length before reading), the bytes must be UTF-8, the JSON is walked event by event to its
 * end before anything is bound (the parser Payara bundles loops for ever when JSON-B skips an
 * unknown field whose array or object is never closed: parsson issue 23), nesting is limited, and
 * the value is checked against the target type by {@link JsonShape}, which refuses unknown fields,
 * so JSON-B never skips anything. Only then is the body handed on. Every refusal is a 400 naming
 * the part at fault. An empty body reads as {@code {}} (or {@code []}), so actions that need
 * nothing may be sent with none. An interceptor rather than a reader: Jersey chooses between two
 * readers of the same type and media type by the order it finds them, which differs from one start
 * to the next.
 */
@Provider
public class JsonBodyGuard implements ReaderInterceptor {

  /** The largest JSON body any address takes; files go as multipart or octet streams instead. */
  public static final int MAX_BYTES = 1024 * 1024;

  static final int MAX_DEPTH = 32;

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    MediaType type = context.getMediaType();
    Class<?> target = context.getType();
    if (type == null
        || !isJson(type)
        || target == String.class
        || target == byte[].class
        || InputStream.class.isAssignableFrom(target)
        || java.io.Reader.class.isAssignableFrom(target)) {
      return context.proceed();
    }
    BoundedBody.refuseDeclaredOver(context.getHeaders().getFirst("Content-Length"), MAX_BYTES);
    String text = decode(BoundedBody.read(context.getInputStream(), MAX_BYTES));
    if (text.isBlank()) {
      text = isList(target) ? "[]" : "{}";
    }
    JsonValue value = parse(text);
    JsonShape.check(
        value, JsonValue.class.isAssignableFrom(target) ? Object.class : context.getGenericType());
    context.setInputStream(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    try {
      return context.proceed();
    } catch (JsonbException | jakarta.ws.rs.ProcessingException unbindable) {
      throw InvalidParameterException.of(JsonShape.ROOT, "body.unbindable");
    }
  }

  private static boolean isJson(MediaType type) {
    String subtype = type.getSubtype().toLowerCase(java.util.Locale.ROOT);
    return ("application".equalsIgnoreCase(type.getType())
            || "text".equalsIgnoreCase(type.getType()))
        && (subtype.equals("json") || subtype.endsWith("+json"));
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
