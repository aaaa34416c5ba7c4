package dev.taiwa.service.document;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.taiwa.cases.document.model.DocumentContent;
import dev.taiwa.cases.document.port.DocumentSnapshots;
import jakarta.inject.Singleton;

/**
 * Snapshots as JSON with a mapper of their own (sorted properties, ISO instants), so the stored
 * text does not change with the application's JSON settings.
 */
@Singleton
public class JsonDocumentSnapshots implements DocumentSnapshots {
  private final ObjectMapper json =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .configure(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY, true)
          .configure(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, false)
          .build();

  @Override
  public String write(DocumentContent content) {
    try {
      return json.writeValueAsString(content);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the snapshot of " + content.kind(), e);
    }
  }

  @Override
  public DocumentContent read(String snapshot) {
    try {
      return json.readValue(snapshot, DocumentContent.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("unreadable document snapshot", e);
    }
  }
}
