package dev.taiwa.cases.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.taiwa.cases.kernel.AuditAction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimelineLabelsTest {

  @ParameterizedTest
  @EnumSource(AuditAction.class)
  void everyStoredActionIsLabelledByItsOwnLabels(AuditAction action) {
    assertEquals(action.label(), TimelineLabels.of(action.code()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"SOMETHING_NEW", "", "pre_report_submitted"})
  void aCodeNoActionHasIsLabelledAsAnOtherEvent(String code) {
    assertEquals(TimelineLabels.OTHER_EVENT, TimelineLabels.of(code));
  }
}
