package dev.taiwa.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.verifyNoInteractions;

import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.OrganisationId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Parse, validation and coercion errors carry an {@code extensions.code} and, for a bad input
 * value, the path of the field at fault inside the argument or variable, like business errors.
 */
class InputErrorsTest {
  private static final String DRAFT_WITH_VARIABLE =
      "mutation($in: PreReportInput!) { createPreReportDraft(input: $in) { errors { code } } }";

  private final ApiHarness api = new ApiHarness();
  private final Actor filer = Fixtures.aFiler(OrganisationId.random());

  @AfterEach
  void close() {
    api.close();
  }

  @Test
  void aBadDateInsideAVariableNamesTheFieldNotJustTheVariable() {
    Map<String, Object> error =
        onlyError(DRAFT_WITH_VARIABLE, Map.of("in", Map.of("plannedDate", "next week")));

    assertEquals("INVALID_VALUE", extensions(error).get("code"), error.toString());
    assertEquals("plannedDate", extensions(error).get("field"), error.toString());
    assertEquals("in", extensions(error).get("variable"), error.toString());
    assertTrue(((String) error.get("message")).contains("plannedDate"), error.toString());
    verifyNoInteractions(api.commands);
  }

  @Test
  void aBadValueNestedInAVariableNamesItsWholePath() {
    Map<String, Object> error =
        onlyError(
            DRAFT_WITH_VARIABLE,
            Map.of("in", Map.of("technologyNumbers", List.of(1, "two"), "plannedDate", "x")));

    assertEquals("INVALID_VALUE", extensions(error).get("code"), error.toString());
    assertEquals("technologyNumbers[1]", extensions(error).get("field"), error.toString());
  }

  @Test
  void anUnknownFieldInAVariableIsNamed() {
    Map<String, Object> error = onlyError(DRAFT_WITH_VARIABLE, Map.of("in", Map.of("colour", 1)));

    assertEquals("INVALID_VALUE", extensions(error).get("code"), error.toString());
    assertEquals("colour", extensions(error).get("field"), error.toString());
  }

  @Test
  void aMissingRequiredVariableIsRequired() {
    Map<String, Object> error = onlyError(DRAFT_WITH_VARIABLE, Map.of());

    assertEquals("REQUIRED", extensions(error).get("code"), error.toString());
    assertEquals("in", extensions(error).get("variable"), error.toString());
  }

  @Test
  void aBadDateWrittenInTheQueryNamesTheFieldInsideTheArgument() {
    Map<String, Object> error =
        onlyError(
            "mutation { createPreReportDraft(input: {plannedDate: \"next week\"}) { errors { code }"
                + " } }",
            Map.of());

    assertEquals("INVALID_VALUE", extensions(error).get("code"), error.toString());
    assertEquals("plannedDate", extensions(error).get("field"), error.toString());
    assertEquals("input", extensions(error).get("argument"), error.toString());
  }

  @Test
  void aBadDefaultValueNamesTheVariableWithoutJavaObjects() {
    Map<String, Object> error =
        onlyError("query($x: Int = \"a\") { preReports(first: $x) { totalCount } }", Map.of());

    assertEquals("INVALID_VALUE", extensions(error).get("code"), error.toString());
    assertEquals("x", extensions(error).get("variable"), error.toString());
    assertTrue(!error.get("message").toString().contains("StringValue"), error.toString());
  }

  @Test
  void aSyntaxErrorHasACode() {
    Map<String, Object> error = onlyError("{ preReports { ", Map.of());

    assertEquals("INVALID_SYNTAX", extensions(error).get("code"), error.toString());
  }

  @Test
  void anUnknownFieldHasACode() {
    Map<String, Object> error = onlyError("{ preReports { colour } }", Map.of());

    assertEquals("INVALID_QUERY", extensions(error).get("code"), error.toString());
  }

  private Map<String, Object> onlyError(String query, Map<String, Object> variables) {
    return ErrorMaskingTest.onlyError(api.execute(filer, query, variables).toSpecification());
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> extensions(Map<String, Object> error) {
    Object extensions = error.get("extensions");
    return extensions == null ? Map.of() : (Map<String, Object>) extensions;
  }
}
