package org.govdisclosure.extract.template;

import java.util.ArrayList;
import java.util.List;

/**
 * A character a label prints twice by a slip ({@code 其他他处理}, {@code 重复申申请}): a reader reads it once. Each doubling
 * is undone on its own, the others left as printed, so that a wording with a character twice of its own keeps it.
 */
public final class DoubledCharacters {

  private DoubledCharacters() {}

  /**
   * {@code text} with one doubled character printed once, for each doubling in turn (a run of one character read once
   * less, once: a ruled line's run of dashes is one reading); none where no character is doubled.
   */
  public static List<String> undone(String text) {
    return undone(text, 0);
  }

  /** {@link #undone(String)} for the doublings from {@code from} on: those before leave the text's end as printed. */
  public static List<String> undone(String text, int from) {
    List<String> readings = List.of();
    int start = Math.max(0, from);
    for (int i = start; i + 1 < text.length(); i++) {
      if (text.charAt(i) == text.charAt(i + 1) && (i == start || text.charAt(i - 1) != text.charAt(i))) {
        readings = readings.isEmpty() ? new ArrayList<>() : readings;
        readings.add(text.substring(0, i) + text.substring(i + 1));
      }
    }
    return readings;
  }
}
