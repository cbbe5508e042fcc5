package org.govdisclosure.extract.ocr;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A row's label prints its item's ordinal with a full stop, and where the label wraps in a narrow column the ordinal
 * may end a line ({@code （三）不予公开 2.} / {@code 其他法律行政法规…}) or open one ({@code （五）不予处理} /
 * {@code 1.信访举报…}). The engine reads the stop, a speck of a few pixels, as nothing or as a comma
 * ({@code 不予公开2}, {@code 无法提供3,}, {@code 1信访}); the label joined from its lines then reads as a group's title
 * with a count glued to it, which no reader takes it for. The ink shows the stop: a dot right of the digit, apart from
 * it, in the line's lower half and no larger than a quarter of a line each way (a comma's tail reaches lower). A line
 * read as ending in a digit right after a character, or opening with a digit before a character, perhaps with a comma,
 * colon or semicolon read between, whose ink shows such a dot after the digit has the stop the page prints.
 */
final class OrdinalStops {

  /** A digit right after a character, and the mark read for its stop, if any, ending the reading. */
  private static final Pattern LOST_AT_END = Pattern.compile("(?<=\\p{IsHan} ?[1-9])[,，:：;；]?$");
  /** The same opening the reading, a character after it. */
  private static final Pattern LOST_AT_OPENING = Pattern.compile("^[1-9]( ?[,，:：;；]? ?)(?=\\p{IsHan})");
  private static final String STOP = ".";
  /** A stop is no larger than this share of a line of text each way. */
  private static final int STOP_SHARE = 4;

  private OrdinalStops() {}

  /** The reading of the line of ink {@code line} with the stop its ink shows after an ordinal, where the engine lost it. */
  static Recognizer.Read seen(Ink page, boolean[] erased, int[] line, Recognizer.Read read) {
    String text = read.text().strip();
    if (read.confidence() == PageText.DOUBT) {
      return read;
    }
    Matcher end = LOST_AT_END.matcher(text);
    Matcher opening = LOST_AT_OPENING.matcher(text);
    boolean atEnd = end.find();
    boolean atOpening = opening.find();
    if (!atEnd && !atOpening) {
      return read;
    }
    List<int[]> glyphs = glyphs(page, erased, line);
    int last = glyphs.size() - 1;
    if (atEnd && last >= 1 && dot(page, line, glyphs.get(last)) && !dot(page, line, glyphs.get(last - 1))) {
      return new Recognizer.Read(text.substring(0, end.start()) + STOP, read.confidence());
    }
    if (atOpening && last >= 2 && dot(page, line, glyphs.get(1)) && !dot(page, line, glyphs.get(0))) {
      return new Recognizer.Read(text.charAt(0) + STOP + text.substring(opening.end()), read.confidence());
    }
    return read;
  }

  /** The runs of columns holding ink across the line, each {x0, y0, x1, y1} of its ink. */
  private static List<int[]> glyphs(Ink page, boolean[] erased, int[] line) {
    List<int[]> glyphs = new ArrayList<>();
    int[] open = null;
    for (int x = line[0]; x < line[2]; x++) {
      int top = -1;
      int bottom = -1;
      for (int y = line[1]; y < line[3]; y++) {
        if (LoopDigits.inked(page, erased, x, y)) {
          top = top < 0 ? y : top;
          bottom = y + 1;
        }
      }
      if (top < 0) {
        open = null;
      } else if (open == null) {
        open = new int[] {x, top, x + 1, bottom};
        glyphs.add(open);
      } else {
        open[1] = Math.min(open[1], top);
        open[2] = x + 1;
        open[3] = Math.max(open[3], bottom);
      }
    }
    return glyphs;
  }

  /** Whether the glyph is a stop: no larger than a quarter of a line each way, in the line's lower half. */
  private static boolean dot(Ink page, int[] line, int[] glyph) {
    int most = page.lineHeight() / STOP_SHARE;
    return glyph[2] - glyph[0] <= most && glyph[3] - glyph[1] <= most && 2 * glyph[1] >= line[1] + line[3];
  }
}
