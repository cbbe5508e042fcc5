package org.govdisclosure.extract.ocr;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A row's label prints its item's ordinal with a full stop, and where the label wraps in a narrow column the ordinal
 * may end the first line ({@code （三）不予公开 2.} / {@code 其他法律行政法规…}). The engine reads such a line's last
 * stop, a speck of a few pixels, as nothing or as a comma ({@code 不予公开2}, {@code 无法提供3,}); the label then reads
 * as a group's title with a count glued to it, which no reader takes it for. The ink shows the stop: a dot right of
 * the digit, apart from it, in the line's lower half and no larger than a quarter of a line each way (a comma's tail
 * reaches lower). A line read as ending in a digit right after a character, or in such a digit and a comma, colon or
 * semicolon, whose ink ends in such a dot ends in the stop the page prints.
 */
final class OrdinalStops {

  /** A digit right after a character, and the mark read for its stop, if any, ending the reading. */
  private static final Pattern STOP_LOST = Pattern.compile("(?<=\\p{IsHan} ?[1-9])[,，:：;；]?$");
  private static final String STOP = ".";
  /** A stop is no larger than this share of a line of text each way. */
  private static final int STOP_SHARE = 4;

  private OrdinalStops() {}

  /** The reading of the line of ink {@code line} with the stop its ink ends in, where the engine lost it. */
  static Recognizer.Read seen(Ink page, boolean[] erased, int[] line, Recognizer.Read read) {
    String text = read.text().strip();
    Matcher lost = STOP_LOST.matcher(text);
    return read.confidence() != PageText.DOUBT && lost.find() && endsInDot(page, erased, line)
        ? new Recognizer.Read(text.substring(0, lost.start()) + STOP, read.confidence()) : read;
  }

  /** Whether the line's last piece of ink, a blank column right of the ink before it, is a stop. */
  private static boolean endsInDot(Ink page, boolean[] erased, int[] line) {
    int most = page.lineHeight() / STOP_SHARE;
    int x = line[2] - 1;
    int top = Integer.MAX_VALUE;
    int bottom = -1;
    for (; x >= line[0]; x--) {
      boolean inked = false;
      for (int y = line[1]; y < line[3]; y++) {
        if (LoopDigits.inked(page, erased, x, y)) {
          inked = true;
          top = Math.min(top, y);
          bottom = Math.max(bottom, y + 1);
        }
      }
      if (!inked) {
        break;
      }
    }
    return x > line[0] && line[2] - 1 - x <= most && bottom - top <= most && 2 * top >= line[1] + line[3];
  }
}
