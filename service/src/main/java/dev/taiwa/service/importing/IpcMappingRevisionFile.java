package dev.taiwa.service.importing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.patent.catalogue.NewIpcMappingRevision;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an IPC mapping revision from JSON in the shape of the API's {@code
 * SpecifiedFieldRevisionInput}:
 *
 * <pre>{"effectiveFrom": "2026-12-01", "source": "...",
 *  "mappings": [{"fieldNumber": 3, "ipcGroups": ["F41H", "F42B 12/00"], "source": "..."}]}</pre>
 *
 * A date or field number that cannot be read is a problem on its field ({@code
 * mappings[0].fieldNumber}, as the use case names fields).
 */
public final class IpcMappingRevisionFile {
  private IpcMappingRevisionFile() {}

  /** The revision {@code json} states; {@link UnreadableFile} when it is no JSON object. */
  public static Drafted<NewIpcMappingRevision> read(String name, String json) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(json.replace("\uFEFF", ""));
    } catch (IOException e) {
      throw new UnreadableFile("cannot read " + name + " as JSON: " + e.getClass().getSimpleName());
    }
    if (root == null || !root.isObject()) {
      throw new UnreadableFile(name + " must hold one JSON object");
    }
    List<Rejection> unreadable = new ArrayList<>();
    List<NewIpcMappingRevision.Mapping> mappings = new ArrayList<>();
    JsonNode listed = root.path("mappings");
    for (int i = 0; listed.isArray() && i < listed.size(); i++) {
      JsonNode mapping = listed.get(i);
      List<String> groups = new ArrayList<>();
      mapping.path("ipcGroups").forEach(g -> groups.add(g.asText()));
      mappings.add(
          new NewIpcMappingRevision.Mapping(
              number(
                  TechnologyRevisionFile.text(mapping, "fieldNumber"),
                  "mappings[" + i + "].fieldNumber",
                  unreadable),
              groups,
              TechnologyRevisionFile.text(mapping, "source")));
    }
    return new Drafted<>(
        new NewIpcMappingRevision(
            date(TechnologyRevisionFile.text(root, "effectiveFrom"), "effectiveFrom", unreadable),
            TechnologyRevisionFile.text(root, "source"),
            mappings),
        unreadable);
  }

  /** A date such as {@code 2026-12-01}; null (and a problem) when it is another text. */
  public static LocalDate date(String text, String field, List<Rejection> unreadable) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      unreadable.add(
          Rejection.onField(ErrorCode.INVALID_VALUE, field, "Not a date such as 2026-12-01."));
      return null;
    }
  }

  /** A whole number; null (and a problem) when it is another text. */
  public static Integer number(String text, String field, List<Rejection> unreadable) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(text.strip());
    } catch (NumberFormatException e) {
      unreadable.add(
          Rejection.onField(ErrorCode.INVALID_VALUE, field, "Not a whole number: " + text));
      return null;
    }
  }
}
