package dev.taiwa.cases.secrecy;

/**
 * A case as it is handed to a reader (GraphQL, export): it carries the {@link Disclosure} that
 * {@link Secrecy} decided for the caller, so every field of it can ask {@link WithheldFields}.
 */
public interface Disclosed {
  Disclosure disclosure();
}
