package org.govdisclosure.extract.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Some CMS pages carry the article as a string in a script ({@code var content = "<p>…</p>";}) and render it in
 * the browser. This finds such strings: long literals holding markup and report wording, with JavaScript escapes
 * undone.
 */
final class ScriptStrings {

  private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.){200,}+)\"|'((?:[^'\\\\\\n]|\\\\.){200,}+)'");
  private static final Pattern ESCAPE = Pattern.compile("\\\\(u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)");
  private static final String REPORT_WORD = "信息公开";

  private ScriptStrings() {}

  /** The markup strings in a script's source that read as report content. */
  static List<String> markup(String script) {
    List<String> found = new ArrayList<>();
    Matcher m = LITERAL.matcher(script);
    while (m.find()) {
      String literal = unescape(m.group(1) != null ? m.group(1) : m.group(2));
      if (literal.indexOf('<') >= 0 && literal.contains(REPORT_WORD)) {
        found.add(literal);
      }
    }
    return found;
  }

  static String unescape(String s) {
    Matcher m = ESCAPE.matcher(s);
    StringBuilder b = new StringBuilder(s.length());
    while (m.find()) {
      String e = m.group(1);
      String replacement = switch (e.charAt(0)) {
        case 'n' -> "\n";
        case 't' -> "\t";
        case 'r' -> "";
        case 'u', 'x' -> e.length() > 1 ? String.valueOf((char) Integer.parseInt(e.substring(1), 16)) : e;
        default -> e;
      };
      m.appendReplacement(b, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(b);
    return b.toString();
  }
}
