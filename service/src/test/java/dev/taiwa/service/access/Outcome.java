package dev.taiwa.service.access;

/** What a probe observed: the operation went through, or it was refused / showed nothing. */
enum Outcome {
  ALLOWED,
  DENIED
}
