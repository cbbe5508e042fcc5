package org.govdisclosure.extract.model;

/** A unit of a report's body in reading order: a paragraph of prose or a table. */
public sealed interface Block permits Paragraph, Table {}
