package dev.taiwa.service.console;

import java.util.List;

/**
 * The company's form that asks whether the foreign-filing ban applies (事前確認の求め): title and summary
 * of the invention, the specified fields it may fall in, where it was completed and the intended
 * foreign filing.
 */
public record NewConfirmationPage(
    SignedIn signedIn, boolean mayRequest, List<CaseWork.Choice> fields, Typed typed) {}
