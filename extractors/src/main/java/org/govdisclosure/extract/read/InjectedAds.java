package org.govdisclosure.extract.read;

import java.util.regex.Pattern;

/**
 * What a hacked page's copy has injected into the report's text: a betting site's anchor, its title as search engines
 * list it (a name, an underscore, a name ending in 官网) and a colon (金沙城中心赌场_澳门金沙官网:, uedbet体育_uedbet官网@:).
 * A reader skips it and reads the sentence around it as printed (未发生…:政府信息公开的行政复议 denies the reviews).
 *
 * <p>The readers of crawled pages apply it to their text before it becomes blocks: {@link PlainTextReader} (page
 * copies, exports, a tool's elements) to each line, {@link HtmlReader} to each paragraph's and cell's text. Not after
 * reading: the text reader tells its tables from its lines, and a line that is only an ad is no line, whereas after
 * reading it would be an empty paragraph, which the model reads as a blank cell ({@code Paragraph.BLANK_CELL}).
 */
final class InjectedAds {

  private static final String SITE_WORD = "官网";
  private static final String WORD = "[\\p{IsHan}A-Za-z0-9]";
  /**
   * The title names the site's brand twice, first and again before 官网 (金沙…_澳门金沙官网, uedbet…_uedbet官网): that
   * tells where the ad starts in a line of Chinese without spaces.
   */
  private static final Pattern AD = Pattern.compile(
      "(" + WORD + "{2,8})" + WORD + "{0,12}_" + WORD + "{0,12}?\\1" + WORD + "{0,12}?" + SITE_WORD + "@?[:：]");

  private InjectedAds() {}

  /** The line without the ads injected into it. */
  static String removed(String line) {
    return line.contains(SITE_WORD) ? AD.matcher(line).replaceAll("") : line;
  }
}
