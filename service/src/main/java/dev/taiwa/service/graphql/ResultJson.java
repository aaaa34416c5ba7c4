package dev.taiwa.service.graphql;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * Writes a GraphQL result ({@code ExecutionResult.toSpecification()}) as the UTF-8 bytes of its
 * JSON through the service's Jackson {@link ObjectMapper}'s own generator. The result is a tree of
 * maps, lists, strings, numbers, booleans and nulls, and those are written with the generator's
 * streaming calls directly; the mapper's data binding looked up a serializer for every value, a
 * tenth of the CPU of a page of 20 reports. Anything else (an object an error's extensions carry)
 * is written by the mapper itself, so the bytes are what the mapper would write for the whole tree.
 */
@Singleton
final class ResultJson {
  private final ObjectMapper mapper;

  ResultJson(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  byte[] write(Map<String, Object> specification) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(2048);
    try (JsonGenerator json = mapper.createGenerator(bytes, JsonEncoding.UTF8)) {
      value(json, specification);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private void value(JsonGenerator json, Object value) throws IOException {
    if (value == null) {
      json.writeNull();
    } else if (value instanceof String text) {
      json.writeString(text);
    } else if (value instanceof Map<?, ?> object) {
      json.writeStartObject();
      for (Map.Entry<?, ?> field : object.entrySet()) {
        json.writeFieldName(String.valueOf(field.getKey()));
        value(json, field.getValue());
      }
      json.writeEndObject();
    } else if (value instanceof List<?> list) {
      json.writeStartArray();
      for (Object element : list) {
        value(json, element);
      }
      json.writeEndArray();
    } else if (value instanceof Boolean bool) {
      json.writeBoolean(bool);
    } else if (value instanceof Integer number) {
      json.writeNumber(number);
    } else if (value instanceof Long number) {
      json.writeNumber(number);
    } else if (value instanceof Double number) {
      json.writeNumber(number);
    } else if (value instanceof BigDecimal number) {
      json.writeNumber(number);
    } else if (value instanceof BigInteger number) {
      json.writeNumber(number);
    } else {
      mapper.writeValue(json, value);
    }
  }
}
