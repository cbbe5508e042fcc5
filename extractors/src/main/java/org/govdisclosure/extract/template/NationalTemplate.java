package org.govdisclosure.extract.template;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.govdisclosure.extract.spi.Template;

/**
 * One national report template as data ({@code template-2019.json}, {@code template-2021.json}): the wordings that
 * tell it apart, section 三's rows with their roles and label phrases and its seven columns, and section 四's
 * proceedings and outcomes. Extractors, checks, template detection and the decoder read their vocabulary here.
 */
public record NationalTemplate(
    String code, String document, List<String> markers, Matrix applications, ReviewBlock reviewLitigation) {

  /**
   * Section 三: the words of its column header, the group labels printed beside its rows (（三）不予公开), its
   * applicant columns and its rows in print order.
   */
  public record Matrix(List<String> header, List<String> groups, List<Column> columns, List<TemplateRow> rows) {

    public List<String> columnKeys() {
      return columns.stream().map(Column::key).toList();
    }

    /** The row a printed label names (phrases and whole labels, the longest phrase winning), or null. */
    public TemplateRow rowOf(String label) {
      String bare = Ordinals.strip(label);
      TemplateRow best = null;
      int bestLength = 0;
      for (TemplateRow row : rows) {
        int length = row.matchLength(bare);
        if (length > bestLength) {
          best = row;
          bestLength = length;
        }
      }
      return best;
    }

    /** The one row of a role that is not {@link RowRole#DETAIL}. */
    public TemplateRow row(RowRole role) {
      return rows.stream().filter(r -> r.role() == role).findFirst().orElseThrow();
    }
  }

  public record Column(String key, String label) {}

  /** Section 四: the words of its header, three proceedings, each with the same five outcomes (the last their 总计). */
  public record ReviewBlock(List<String> header, List<Named> proceedings, List<Named> outcomes) {}

  /** A key and the phrases that name it in print. */
  public record Named(String key, List<String> phrases) implements Wordings {}

  private static final Map<Template, NationalTemplate> TEMPLATES = load();

  public static NationalTemplate of(Template template) {
    return TEMPLATES.get(template);
  }

  private static Map<Template, NationalTemplate> load() {
    ObjectMapper json = new ObjectMapper()
        .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
    Map<Template, NationalTemplate> templates = new EnumMap<>(Template.class);
    for (Template t : Template.values()) {
      String name = "template-" + t.code() + ".json";
      try (InputStream in = NationalTemplate.class.getResourceAsStream(name)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + name);
        }
        templates.put(t, json.readValue(in, NationalTemplate.class));
      } catch (IOException e) {
        throw new UncheckedIOException(name, e);
      }
    }
    return templates;
  }
}
