package org.govdisclosure.extract.meta;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govdisclosure.extract.model.Block;
import org.govdisclosure.extract.model.Document;
import org.govdisclosure.extract.model.Paragraph;

/**
 * Finds the issuing body: the title's subject (what precedes or follows the year, before 政府信息公开…报告), made
 * complete by the body's own fuller form ({@code 瞻岐镇} → {@code 瞻岐镇人民政府}); else the signature, a short
 * closing paragraph naming a government body; else the body named in the contact line (请与XX局联系). A report
 * with none of these (a page copy that starts in section 一) is named after the township it speaks of, in the
 * fullest form its text uses.
 */
public final class OrganizationFinder {

  /** A year in digits or in Chinese numerals (二〇二〇). */
  private static final String YEAR = "(?:(?:19|20)\\d{2}|[二两][〇○零][〇○零一二三四五六七八九]{2})";
  /** 关于公布…的公告: a notice that publishes the report names the issuer after its own verb. */
  private static final String NOTICE = "(?:关于)?(?:公布|发布|印发|公开)?";
  private static final Pattern TITLE = Pattern.compile(
      "^(?:标题[:：])?" + NOTICE + "(?:" + YEAR + "年度?)?(.+?)(?:关于)?(?:" + YEAR + "年?度?)?"
          + "(?:政府信息|政务信息|政务|信息)公开(?:工作)?(?:" + YEAR + "年)?(?:年?度)?(?:报告|年报)");
  private static final Pattern SIGNATURE = Pattern.compile("^[\\p{IsHan}]{2,30}(?:人民政府|办事处|委员会|管委会|局|办公室|中心)$");
  private static final List<String> FULL_SUFFIXES = List.of("人民政府", "街道办事处", "办事处", "管委会");
  /** The contact line most reports end their preamble with: 如对本报告有疑问，请与XX局办公室联系. */
  private static final Pattern CONTACT = Pattern.compile("请与(\\p{IsHan}{2,30}?(?:人民政府|街道办事处|办事处|委员会|管委会|局))");
  /** A title run into the first paragraph (安镇街道2024年政府信息公开工作年度报告根据《条例》…) has a bare name as subject. */
  private static final Pattern BARE_NAME = Pattern.compile("[\\p{IsHan}()（）]{2,30}");
  private static final String GOVERNMENT = "人民政府";
  private static final List<String> TOWNSHIP_SUFFIXES = List.of("办事处", GOVERNMENT);
  private static final Pattern LEADING_BRACKET = Pattern.compile("^[(（【\\[].*?[)）】\\]]");
  private static final int SIGNATURE_WINDOW = 6;
  private static final int MAX_TITLE_LENGTH = 80;

  private OrganizationFinder() {}

  public static String find(Document document, String foldedBody) {
    String fromTitle = fromTitle(document.title());
    if (fromTitle != null) {
      for (String suffix : FULL_SUFFIXES) {
        if (!fromTitle.endsWith(suffix) && foldedBody.contains(fromTitle + suffix)) {
          return fromTitle + suffix;
        }
      }
      return fromTitle;
    }
    String signed = signature(document);
    return signed != null ? signed : contact(foldedBody);
  }

  private static String contact(String foldedBody) {
    Matcher m = CONTACT.matcher(foldedBody);
    return m.find() ? m.group(1) : null;
  }

  static String fromTitle(String title) {
    boolean runOn = title.length() > MAX_TITLE_LENGTH;
    Matcher m = TITLE.matcher(runOn ? title.substring(0, MAX_TITLE_LENGTH) : title);
    if (!m.find()) {
      return null;
    }
    String subject = LEADING_BRACKET.matcher(m.group(1)).replaceFirst("");
    if (runOn && !BARE_NAME.matcher(subject).matches()) {
      return null;
    }
    return subject.isEmpty() ? null : subject;
  }

  /**
   * The longest name of a township's government the body uses: the township itself, with its office suffix
   * (中仓街道办事处) and the county before it as printed (渝中区人民政府大溪沟街道办事处); the bare name if no fuller
   * form occurs.
   *
   * @param county the county's name, or null when unknown
   */
  public static String township(String township, String county, String foldedBody) {
    String longest = township;
    for (int at = foldedBody.indexOf(township); at >= 0; at = foldedBody.indexOf(township, at + 1)) {
      int start = county == null ? at : countyBefore(foldedBody, at, county);
      int end = at + township.length();
      for (String suffix : TOWNSHIP_SUFFIXES) {
        if (foldedBody.startsWith(suffix, end)) {
          end += suffix.length();
          break;
        }
      }
      if (end - start > longest.length()) {
        longest = foldedBody.substring(start, end);
      }
    }
    return longest;
  }

  /** Where the county's name printed right before {@code at} starts (渝中区 or 渝中区人民政府), else {@code at}. */
  private static int countyBefore(String text, int at, String county) {
    for (String prefix : List.of(county + GOVERNMENT, county)) {
      if (text.startsWith(prefix, at - prefix.length())) {
        return at - prefix.length();
      }
    }
    return at;
  }

  private static String signature(Document document) {
    List<Block> blocks = document.blocks();
    int seen = 0;
    for (int i = blocks.size() - 1; i >= 0 && seen < SIGNATURE_WINDOW; i--) {
      if (blocks.get(i) instanceof Paragraph p) {
        seen++;
        if (SIGNATURE.matcher(p.text()).matches()) {
          return p.text();
        }
      }
    }
    return null;
  }
}
