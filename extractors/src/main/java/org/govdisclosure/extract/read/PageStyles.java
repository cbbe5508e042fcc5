package org.govdisclosure.extract.read;

import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The CSS declarations an element carries: those of the page's rules for its classes (only simple class selectors,
 * {@code .a{…}} or {@code .a,.b{…}}, which is what converters and editors emit), then its inline {@code style}.
 */
final class PageStyles {

  private static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^{}]*)}");
  private static final Pattern CLASS_SELECTOR = Pattern.compile("\\s*\\.([\\w-]+)\\s*");

  private final Map<String, Map<String, String>> byClass = new HashMap<>();
  /** Whether a rule for a class declares a {@code display}: else only inline styles can, settled without a map. */
  private boolean classesDisplay;
  /**
   * Each styled element's declarations, worked out once: the layouts ask again and again of one element (a run's
   * ancestors for its page, a row's cells for rows of their own).
   */
  private final Map<Element, Map<String, String>> declared = new IdentityHashMap<>();

  PageStyles(org.jsoup.nodes.Document page) {
    for (Element style : page.select("style")) {
      Matcher m = RULE.matcher(style.data());
      while (m.find()) {
        for (String selector : m.group(1).split(",")) {
          Matcher c = CLASS_SELECTOR.matcher(selector);
          if (c.matches()) {
            declarations(m.group(2), byClass.computeIfAbsent(c.group(1), k -> new HashMap<>()));
            classesDisplay |= byClass.get(c.group(1)).containsKey("display");
          }
        }
      }
    }
  }

  /** The element's declarations, property names and values in lower case. */
  Map<String, String> of(Element e) {
    String inline = e.attr("style");
    if (inline.isEmpty() && (byClass.isEmpty() || e.className().isEmpty())) {
      return Map.of();
    }
    Map<String, String> known = declared.get(e);
    if (known == null) {
      known = Collections.unmodifiableMap(declarations(e, inline));
      declared.put(e, known);
    }
    return known;
  }

  /**
   * The element's declared {@code display}, lower case, or "" where it declares none: most elements declare none, and
   * are settled without working out their declarations.
   */
  String display(Element e) {
    String style = e.attr("style");
    return style.contains("isplay") || style.contains("ISPLAY") || classesDisplay && !e.className().isEmpty() ? of(e).getOrDefault("display", "") : "";
  }

  private Map<String, String> declarations(Element e, String inline) {
    Map<String, String> d = null;
    if (!e.className().isEmpty()) {
      for (String c : e.classNames()) {
        Map<String, String> rule = byClass.get(c);
        if (rule != null) {
          d = d == null ? new HashMap<>() : d;
          d.putAll(rule);
        }
      }
    }
    if (inline.isEmpty()) {
      return d == null ? Map.of() : d;
    }
    d = d == null ? new HashMap<>() : d;
    declarations(inline, d);
    return d;
  }

  private static void declarations(String block, Map<String, String> into) {
    for (String declaration : block.split(";")) {
      int colon = declaration.indexOf(':');
      if (colon > 0) {
        into.put(declaration.substring(0, colon).strip().toLowerCase(Locale.ROOT),
            declaration.substring(colon + 1).replace("!important", "").strip().toLowerCase(Locale.ROOT));
      }
    }
  }
}
