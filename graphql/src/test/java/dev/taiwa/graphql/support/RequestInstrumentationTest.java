package dev.taiwa.graphql.support;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import graphql.execution.instrumentation.FieldFetchingInstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Only request-level instrumentations are combined; one that instruments fields is refused. */
class RequestInstrumentationTest {
  static final class TimesFields extends SimplePerformantInstrumentation {
    @Override
    public FieldFetchingInstrumentationContext beginFieldFetching(
        InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
      return null;
    }
  }

  @Test
  void anInstrumentationOfFieldsIsRefusedRatherThanSkipped() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new RequestInstrumentation(List.of(new OperationRules(), new TimesFields())));
  }

  @Test
  void theLimitsRulesAndErrorCodesAreRequestLevel() {
    assertDoesNotThrow(
        () ->
            new RequestInstrumentation(
                List.of(
                    new OperationRules(),
                    new QueryDepthLimit(15),
                    new QueryComplexityLimit(1000),
                    new QueryCostLimit(10000),
                    new RequestErrorCodes())));
  }
}
