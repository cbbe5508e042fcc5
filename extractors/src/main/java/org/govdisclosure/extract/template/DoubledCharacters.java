package org.govdisclosure.extract.template;

import java.util.ArrayList;
import java.util.List;

/**
 * A character a label prints twice by a slip ({@code 其他他处理}, {@code 重复申申请}): a reader reads it once. Each doubling
 * is undone on its own, the others left as printed, so that a wording with a character twice of its own keeps it.
 */
public final class DoubledCharacters {

  private DoubledCharacters() {}

  /** {@code text} with one doubled character printed once, for each doubling in turn; none where no character is doubled. */
  public static List<String> undone(String text) {
    List<String> readings = List.of();
    for (int i = 0; i + 1 < text.length(); i++) {
      if (text.charAt(i) == text.charAt(i + 1)) {
        readings = readings.isEmpty() ? new ArrayList<>() : readings;
        readings.add(text.substring(0, i) + text.substring(i + 1));
      }
    }
    return readings;
  }
}
