package dev.taiwa.service.importing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.taiwa.cases.catalogue.NewRevision;
import dev.taiwa.cases.catalogue.NewTechnology;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a new technology-list revision from JSON, as {@code taiwa catalogue add} and the console's
 * upload take it:
 *
 * <pre>{"id": "R2026-40", "noticeReference": "...", "effectiveDate": "2026-10-01", "note": "...",
 *  "items": [{"number": 1, "nameJa": "...", "nameEn": "...", "status": "EFFECTIVE",
 *             "effectiveFrom": "2024-12-30"}, ...]}</pre>
 *
 * Every value is kept as text; the use case's rules judge it.
 */
public final class TechnologyRevisionFile {
  private TechnologyRevisionFile() {}

  /** The revision {@code json} states; {@link UnreadableFile} when it is no JSON object. */
  public static NewRevision read(String name, String json) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(json.replace("\uFEFF", ""));
    } catch (IOException e) {
      throw new UnreadableFile("cannot read " + name + " as JSON: " + e.getClass().getSimpleName());
    }
    if (root == null || !root.isObject()) {
      throw new UnreadableFile(name + " must hold one JSON object");
    }
    List<NewTechnology> items = new ArrayList<>();
    JsonNode listed = root.path("items");
    if (listed.isArray()) {
      for (JsonNode item : listed) {
        items.add(
            new NewTechnology(
                text(item, "number"),
                text(item, "nameJa"),
                text(item, "nameEn"),
                text(item, "status"),
                text(item, "effectiveFrom")));
      }
    }
    return new NewRevision(
        text(root, "id"),
        text(root, "noticeReference"),
        text(root, "effectiveDate"),
        text(root, "note"),
        items);
  }

  static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() || value.isContainerNode() ? null : value.asText();
  }
}
