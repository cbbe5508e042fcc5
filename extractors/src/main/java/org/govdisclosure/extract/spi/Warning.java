package org.govdisclosure.extract.spi;

/**
 * Something a reader of the output should know about a report.
 *
 * @param code a short machine-readable code, e.g. {@code extra_cells}
 * @param message what happened, for a person
 */
public record Warning(String code, String message) {}
