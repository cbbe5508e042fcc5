package org.govdisclosure.extract.read;

/**
 * Text decoded from a file's bytes.
 *
 * @param charset the charset that was used
 * @param malformed how many invalid byte sequences were replaced (U+FFFD); 0 for a clean decode
 * @param nuls how many stray NUL bytes were removed
 */
public record Decoded(String text, String charset, int malformed, int nuls) {

  Decoded(String text, String charset) {
    this(text, charset, 0, 0);
  }
}
