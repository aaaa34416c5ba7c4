package dev.taiwa.cases.inform.model;

/**
 * Why an inform (インフォーム) is issued. METI's deck on the dialogue scheme names two routes: concerns
 * the dialogue could not dispel (「どうしても技術流出の懸念が払拭されない場合」), and a dialogue that concluded that
 * licence conditions are effective (「官民対話の中で、許可条件を付することが有効との結論となった場合」).
 */
public enum InformRoute {
  /** Concerns remain unresolved: the inform cites them. */
  UNRESOLVED_CONCERNS,
  /** The dialogue concluded that licence conditions are effective: the inform proposes them. */
  CONDITIONS_EFFECTIVE
}
