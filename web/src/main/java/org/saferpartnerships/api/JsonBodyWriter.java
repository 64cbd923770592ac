package org.saferpartnerships.api;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Writes the API's JSON responses with the one JSON-B instance of {@link JsonConfiguration}. The
 * server's own JSON-B provider is switched off ({@link RestApplication}) so that its reader, which
 * loops on unclosed JSON, can never be chosen instead of {@link JsonBodyReader}; this writer takes
 * its other half.
 */
@Provider
@Produces({MediaType.APPLICATION_JSON, "application/*+json"})
public class JsonBodyWriter implements MessageBodyWriter<Object> {

  @Override
  public boolean isWriteable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return type != String.class && type != byte[].class;
  }

  @Override
  public void writeTo(
      Object value,
      Class<?> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, Object> headers,
      OutputStream out) {
    JsonConfiguration.JSONB.toJson(value, genericType == null ? type : genericType, out);
  }
}
