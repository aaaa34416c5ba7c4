package dev.taiwa.service.persistence.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.taiwa.service.persistence.prereport.PreReportRow;
import io.micronaut.data.model.PersistentProperty;
import io.micronaut.data.model.naming.NamingStrategies;
import io.micronaut.data.model.naming.NamingStrategy;
import io.micronaut.data.model.runtime.RuntimePersistentEntity;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The kept column names are exactly Micronaut Data's default ones, however often asked. */
class ColumnNamesTest {
  private final NamingStrategy micronautDefault =
      new NamingStrategies.UnderScoreSeparatedLowerCase();

  @Test
  void everyColumnOfARowIsNamedAsTheDefaultNamesIt() {
    RuntimePersistentEntity<PreReportRow> entity =
        new RuntimePersistentEntity<>(PreReportRow.class);
    List<PersistentProperty> properties = new ArrayList<>(entity.getPersistentProperties());
    properties.add(entity.getIdentity());
    ColumnNames names = new ColumnNames();

    for (int round = 0; round < 3; round++) {
      for (PersistentProperty property : properties) {
        assertEquals(micronautDefault.mappedName(property), names.mappedName(property));
      }
    }
    assertEquals(
        "counterparty_name_original",
        names.mappedName(entity.getPropertyByName("counterpartyNameOriginal")));
    assertEquals("lead_time_days", names.mappedName(entity.getPropertyByName("leadTimeDays")));
    assertEquals("created_at", names.mappedName("createdAt"));
  }

  @Test
  void propertiesBeyondTheKeptOnesAreStillNamedRight() {
    ColumnNames names = new ColumnNames();
    int entities = ColumnNames.MAX_PROPERTIES / 20 + 10;

    for (int i = 0; i < entities; i++) {
      // Each entity made anew has property objects of its own: more than the names keep.
      RuntimePersistentEntity<PreReportRow> entity =
          new RuntimePersistentEntity<>(PreReportRow.class);
      for (PersistentProperty property : entity.getPersistentProperties()) {
        assertEquals(micronautDefault.mappedName(property), names.mappedName(property));
      }
      assertEquals("id", names.mappedName(entity.getIdentity()));
    }
  }
}
