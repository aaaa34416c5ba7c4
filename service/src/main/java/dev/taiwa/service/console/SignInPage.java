package dev.taiwa.service.console;

/**
 * The sign-in form: the user name as typed, the form's token, why the last try failed, and the
 * language of the page.
 */
public record SignInPage(String username, String csrfToken, String error, Texts texts) {}
