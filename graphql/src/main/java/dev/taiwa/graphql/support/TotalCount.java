package dev.taiwa.graphql.support;

import dev.taiwa.cases.kernel.Page;
import graphql.execution.conditional.ConditionalNodes;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.schema.DataFetchingEnvironment;
import java.util.Map;

/**
 * A connection's {@code totalCount}: counted only when the client selected it, because counting
 * every match costs time that grows with the list while the page itself does not.
 */
public final class TotalCount {
  private static final String FIELD = "totalCount";
  private static final ConditionalNodes CONDITIONS = new ConditionalNodes();

  private TotalCount() {}

  /**
   * True when the connection being fetched has {@code totalCount} among its own fields (directly,
   * in a fragment, not skipped by {@code @skip} or {@code @include}). Only the connection's first
   * level is read: {@code env.getSelectionSet()} would resolve the whole selection below it, which
   * costs more than a page of results.
   */
  public static boolean selected(DataFetchingEnvironment env) {
    for (Field connection : env.getMergedField().getFields()) {
      if (selects(connection.getSelectionSet(), env, 0)) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code spreads}: fragments entered so far (validation refuses cycles; this bounds them too).
   */
  private static boolean selects(
      SelectionSet selections, DataFetchingEnvironment env, int spreads) {
    Map<String, FragmentDefinition> fragments = env.getFragmentsByName();
    if (selections == null || spreads > fragments.size()) {
      return false;
    }
    for (Selection<?> selection : selections.getSelections()) {
      if (selection instanceof Field field) {
        if (FIELD.equals(field.getName()) && included(field, env)) {
          return true;
        }
      } else if (selection instanceof InlineFragment inline) {
        if (included(inline, env) && selects(inline.getSelectionSet(), env, spreads)) {
          return true;
        }
      } else if (selection instanceof FragmentSpread spread) {
        FragmentDefinition fragment = fragments.get(spread.getName());
        if (fragment != null
            && included(spread, env)
            && selects(fragment.getSelectionSet(), env, spreads + 1)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean included(
      graphql.language.DirectivesContainer<?> node, DataFetchingEnvironment env) {
    return node.getDirectives().isEmpty()
        || CONDITIONS.shouldInclude(
            node, env.getVariables(), env.getGraphQLSchema(), env.getGraphQlContext());
  }

  /** The page's total, or null when it was not counted (then nobody selected it). */
  public static Long of(Page<?> page) {
    return page.total().isPresent() ? page.total().getAsLong() : null;
  }
}
