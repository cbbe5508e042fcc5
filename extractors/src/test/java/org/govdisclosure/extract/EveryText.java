package org.govdisclosure.extract;

import java.util.function.Consumer;

/** Every text of an alphabet up to a length: for checking a hand-written scan against the regex it stands for. */
public final class EveryText {

  private EveryText() {}

  /** Gives {@code check} every text of up to {@code maxLength} characters of {@code alphabet}, the empty text first. */
  public static void upTo(String alphabet, int maxLength, Consumer<String> check) {
    StringBuilder text = new StringBuilder();
    int n = alphabet.length();
    for (int length = 0; length <= maxLength; length++) {
      int count = (int) Math.pow(n, length);
      for (int code = 0; code < count; code++) {
        text.setLength(0);
        for (int k = 0, c = code; k < length; k++, c /= n) {
          text.append(alphabet.charAt(c % n));
        }
        check.accept(text.toString());
      }
    }
  }
}
