package org.govdisclosure.extract.read;

/** Text decoded from a file's bytes, with the charset that was used. */
public record Decoded(String text, String charset) {}
