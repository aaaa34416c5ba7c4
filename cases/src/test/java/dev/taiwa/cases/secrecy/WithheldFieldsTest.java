package dev.taiwa.cases.secrecy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.secrecy.WithheldFields.Part;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class WithheldFieldsTest {

  @Test
  void theSkeletonOfAnApplicationIsItsIdNumberAndState() {
    assertEquals(
        Set.of("id", "applicationNumber", "state", "secretWithheld", "availableActions"),
        skeleton(Withheldable.PATENT_APPLICATION));
  }

  @Test
  void theSkeletonOfAPriorConfirmationIsItsIdAndState() {
    assertEquals(Set.of("id", "state"), skeleton(Withheldable.PRIOR_CONFIRMATION));
  }

  @Test
  void theSkeletonOfAWorkbenchIsItsApplicationsIdAndNumber() {
    assertEquals(
        Set.of("applicationId", "applicationNumber", "secretWithheld"),
        skeleton(Withheldable.SCREENING_WORKBENCH));
  }

  @Test
  void aFieldTheTableDoesNotNameIsWithheld() {
    assertFalse(
        WithheldFields.shows(Disclosure.SKELETON, Withheldable.PATENT_APPLICATION, "newField"));
    assertTrue(WithheldFields.shows(Disclosure.FULL, Withheldable.PATENT_APPLICATION, "newField"));
  }

  @ParameterizedTest
  @EnumSource(Withheldable.class)
  void underTheSkeletonEveryDeclaredFieldButTheSkeletonIsWithheld(Withheldable type) {
    Map<String, Part> fields = WithheldFields.of(type);
    fields.forEach(
        (field, part) ->
            assertEquals(
                part == Part.SKELETON,
                WithheldFields.shows(Disclosure.SKELETON, type, field),
                type + "." + field));
  }

  @Test
  void recordsHaveNoSkeleton() {
    Arrays.stream(Withheldable.values())
        .filter(t -> t.kind() == Withheldable.Kind.RECORD)
        .forEach(t -> assertTrue(WithheldFields.of(t).isEmpty(), t.name()));
  }

  private static Set<String> skeleton(Withheldable type) {
    return WithheldFields.of(type).entrySet().stream()
        .filter(e -> e.getValue() == Part.SKELETON)
        .map(Map.Entry::getKey)
        .collect(Collectors.toSet());
  }
}
