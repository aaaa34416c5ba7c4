package dev.taiwa.cases.prereport.model;

/** The reporting organisation's contact person for this case. Any part may be null in a draft. */
public record Contact(String name, String department, String email, String phone) {}
