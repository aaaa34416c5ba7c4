package dev.taiwa.service.console;

/** The sign-in form: the user name as typed, the form's token, and why the last try failed. */
public record SignInPage(String username, String csrfToken, String error) {}
