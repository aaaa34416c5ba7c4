package dev.taiwa.service.screening;

import dev.taiwa.cases.screening.model.ListSource;
import dev.taiwa.cases.screening.model.NewListVersion;
import dev.taiwa.cases.screening.port.ListFileReader;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.Arrays;

/** {@link ListFileReader} for the CSV forms {@link ListFiles} reads. */
@Singleton
public final class CsvListFileReader implements ListFileReader {
  @Override
  public NewListVersion read(ListSource source, byte[] bytes, LocalDate publishedOn) {
    ListFormat format =
        Arrays.stream(ListFormat.values())
            .filter(f -> f.source() == source)
            .findFirst()
            .orElseThrow();
    try {
      return ListFiles.read(bytes, format, publishedOn, n -> {});
    } catch (ListFiles.UnreadableList e) {
      throw new UnreadableListFile(e.getMessage());
    }
  }
}
