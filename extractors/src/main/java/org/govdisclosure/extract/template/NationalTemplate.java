package org.govdisclosure.extract.template;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.govdisclosure.extract.model.Cell;
import org.govdisclosure.extract.spi.Template;
import org.govdisclosure.extract.value.Unit;

/**
 * One national report template as data ({@code template-2019.json}, {@code template-2021.json}): the wordings that
 * tell it apart, section 三's rows with their roles and label phrases and its seven columns, and section 四's
 * proceedings and outcomes, section 二's items and columns and (2019) 政府集中采购. Extractors, checks, template detection and the decoder read their vocabulary here.
 */
public record NationalTemplate(String code, String document, List<String> markers, Matrix applications,
    ReviewBlock reviewLitigation, ItemBlock proactive, ItemBlock procurement) {

  /**
   * Section 三: the words of its column header, the group labels printed beside its rows (（三）不予公开), its
   * applicant columns and its rows in print order.
   */
  public record Matrix(Set<String> header, List<String> groups, List<Column> columns, List<TemplateRow> rows) {

    /** What may part a group's header word from a column's name in one cell (folded): {@code 法人或其他组织-其他}. */
    private static final String GROUP_MARKS = "-－—/·:：|";
    /** What may part a group's label from its row's, besides those marks: {@code 其他处理中其他}, the other of 其他处理. */
    private static final char GROUP_OF = '中';

    public Matrix {
      header = Set.copyOf(header);
    }

    public List<String> columnKeys() {
      return columns.stream().map(Column::key).toList();
    }

    /**
     * The row a printed label names (phrases and whole labels, the longest phrase winning), or null. A label printed
     * after its group's ({@code 其他处理其他}: （六）其他处理 3.其他) names the row its part after the group names.
     */
    public TemplateRow rowOf(String label) {
      String bare = Ordinals.strip(label);
      TemplateRow row = longestMatch(bare);
      for (int g = 0; row == null && g < groups.size(); g++) {
        if (bare.startsWith(groups.get(g)) && bare.length() > groups.get(g).length()) {
          row = longestMatch(Ordinals.strip(afterGroupMark(bare.substring(groups.get(g).length()))));
        }
      }
      return row;
    }

    /**
     * The text after a group's label without the one mark that parts it from the row's ({@code ·其他} of 其他处理·其他,
     * {@code 中其他} of 其他处理中其他); the text itself where none does.
     */
    public static String afterGroupMark(String rest) {
      return !rest.isEmpty() && (GROUP_MARKS.indexOf(rest.charAt(0)) >= 0 || rest.charAt(0) == GROUP_OF) && rest.length() > 1
          ? rest.substring(1) : rest;
    }

    private TemplateRow longestMatch(String bare) {
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

    /**
     * The row a label names with one character misprinted, dropped or doubled ({@code 2.重复申申请}, {@code 3.其他他}),
     * when exactly one row's wording is that near; else null. A group label's words are no misprint of a row's
     * ({@code 予公开} in （三）不予公开 is not 予以公开).
     */
    public TemplateRow rowNear(String label) {
      String stripped = Ordinals.strip(label);
      for (String g : groups) {
        stripped = stripped.replace(g, "");
      }
      String bare = stripped;
      TemplateRow undoubled = undoubled(bare);
      if (undoubled != null) {
        return undoubled;
      }
      TemplateRow near = null;
      for (TemplateRow row : rows) {
        boolean close = row.phrases().stream().anyMatch(p -> LabelMatch.approximate(bare, p, 0, bare.length()) != null);
        if (close && near != null) {
          return null;
        }
        near = close ? row : near;
      }
      return near;
    }

    /**
     * The one row the label names exactly once a doubled character is printed once ({@code 大量反反复申请},
     * {@code 其他处处理其他}), or null.
     * Undoing a doubling leaves every other character as printed, so it is read before a misread character is
     * supposed: 反复申请 is not 重复申请 misread.
     */
    private TemplateRow undoubled(String bare) {
      TemplateRow found = null;
      for (String once : DoubledCharacters.undone(bare)) {
        TemplateRow row = rowOf(once);
        if (row != null && found != null && row != found) {
          return null;
        }
        found = row != null ? row : found;
      }
      return found;
    }

    /**
     * The column a header cell names, by its label or a variant, spaces aside, also after a header word and a mark
     * ({@code 法人或其他组织-商业企业}: the two header rows over a column flattened into one cell); -1 when it names none.
     */
    public int columnNamed(String text) {
      String bare = withoutSpaces(text);
      int c = columnOf(bare);
      if (c >= 0) {
        return c;
      }
      int mark = groupMark(bare);
      return mark > 0 && header.contains(bare.substring(0, mark)) ? columnOf(bare.substring(mark + 1)) : -1;
    }

    /** Where the first of {@link #GROUP_MARKS} stands in {@code name}; -1 where none does (most names: no substring). */
    private static int groupMark(String name) {
      for (int i = 0; i < name.length(); i++) {
        if (GROUP_MARKS.indexOf(name.charAt(i)) >= 0) {
          return i;
        }
      }
      return -1;
    }

    private int columnOf(String bare) {
      for (int c = 0; c < columns.size(); c++) {
        if (columns.get(c).isNamed(bare)) {
          return c;
        }
      }
      return -1;
    }

    /** {@code text} without {@link Cell.Text#SPACES}; a folded cell holds none, and is kept without a matcher. */
    static String withoutSpaces(String text) {
      for (int i = 0; i < text.length(); i++) {
        if (Cell.Text.inSpaceChars(text.charAt(i))) {
          return Cell.Text.SPACES.matcher(text).replaceAll("");
        }
      }
      return text;
    }

    /** The same section with only the columns at {@code indices}, in that order: a part of the table printed apart. */
    public Matrix withColumns(List<Integer> indices) {
      return new Matrix(header, groups, indices.stream().map(columns::get).toList(), rows);
    }

    /** The one row of a role that is not {@link RowRole#DETAIL}. */
    public TemplateRow row(RowRole role) {
      return rows.stream().filter(r -> r.role() == role).findFirst().orElseThrow();
    }
  }

  /** An applicant column: its key, its label, and other words a header names it by ({@code 合计} for 总计). */
  public record Column(String key, String label, List<String> variants) {

    /**
     * What a sentence may add to a column's name: the 其他 column said as 其他组织 or 其他机构. Never a header's name: a
     * header broken inside 法人或其他组织 leaves 其他组织 on a line of its own.
     */
    public static final List<String> ORGANIZATION_WORDS = List.of("组织", "机构");

    public Column {
      variants = variants == null ? List.of() : List.copyOf(variants);
    }

    /**
     * A label's first line where it wraps in a narrow cell ({@code 社会公益组} / {@code 织}) is at least this long:
     * four characters name one column, shorter starts ({@code 其}, {@code 总}) could be any word's.
     */
    private static final int MIN_WRAPPED_START = 4;

    /** The words a text names this column by as printed: its label, then its variants. */
    public List<String> names() {
      List<String> names = new ArrayList<>(nameCount());
      for (int i = 0; i < nameCount(); i++) {
        names.add(name(i));
      }
      return names;
    }

    /** How many {@link #names} the column has: asked with {@link #name} where a list for each ask would cost. */
    public int nameCount() {
      return variants.size() + 1;
    }

    /** The {@code i}th of {@link #names}. */
    public String name(int i) {
      return i == 0 ? label : variants.get(i - 1);
    }

    /**
     * Whether {@code name} is this column's label, its first line where it wraps, or one of its variants, also with
     * look-alike characters ({@code 自然入}).
     */
    public boolean isNamed(String name) {
      if (label.equals(name) || variants.contains(name) || name.length() >= MIN_WRAPPED_START && label.startsWith(name)
          || LabelMatch.lookAlike(name, label)) {
        return true;
      }
      // indexed, neither a stream nor an iterator: every header cell of every table is asked against each column
      for (int v = 0; v < variants.size(); v++) {
        if (LabelMatch.lookAlike(name, variants.get(v))) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * Section 四: three proceedings, each with the same five outcomes (the last their 总计), and the word for a lawsuit
   * that does not say how it was brought (行政诉讼 over the two kinds of suit).
   */
  public record ReviewBlock(List<Named> proceedings, Named lawsuit, List<Named> outcomes, Set<String> header) {

    /** The block as the template's data gives it; {@code header}, the words its column header is made of: every wording. */
    @JsonCreator
    static ReviewBlock of(@JsonProperty("proceedings") List<Named> proceedings, @JsonProperty("lawsuit") Named lawsuit,
        @JsonProperty("outcomes") List<Named> outcomes) {
      Set<String> header = Stream.of(List.of(lawsuit), proceedings, outcomes).flatMap(List::stream)
          .flatMap(n -> n.wordings().stream()).collect(Collectors.toUnmodifiableSet());
      return new ReviewBlock(List.copyOf(proceedings), lawsuit, List.copyOf(outcomes), header);
    }

    /** The outcome a cell names by one of its wordings, spaces aside; -1 when it names none. */
    public int outcomeNamed(String text) {
      return named(outcomes, text);
    }

    /** The proceeding a cell names by one of its wordings, spaces aside; -1 when it names none. */
    public int proceedingNamed(String text) {
      return named(proceedings, text);
    }

    private static int named(List<Named> names, String text) {
      String bare = Matrix.withoutSpaces(text);
      for (int n = 0; n < names.size(); n++) {
        if (names.get(n).wordings().contains(bare)) {
          return n;
        }
      }
      return -1;
    }
  }

  /**
   * A key, the phrases that name it in a table's label, and the other wordings sentences use for it ({@code 纠错}
   * for 结果纠正); {@code phrasesLongestFirst}: the phrases, the longest first (ties in their order), sorted once for
   * every label matched within one edit.
   */
  public record Named(String key, List<String> phrases, List<String> variants, List<String> wordings,
      List<String> phrasesLongestFirst) implements Wordings {

    /** As the template's data gives it; {@code wordings}: its phrases and variants. */
    @JsonCreator
    static Named of(@JsonProperty("key") String key, @JsonProperty("phrases") List<String> phrases,
        @JsonProperty("variants") List<String> variants) {
      List<String> others = variants == null ? List.of() : List.copyOf(variants);
      return new Named(key, List.copyOf(phrases), others, Stream.concat(phrases.stream(), others.stream()).toList(),
          phrases.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList());
    }
  }

  /**
   * Section 二's sub-tables (第二十条第（X）项): items named by their row label, values in the columns their header
   * names. {@code caption} opens a sub-table; {@code rows}, each item's columns in its sub-table (null: every item has
   * every column).
   */
  public record ItemBlock(String caption, List<ItemColumn> columns, List<Named> items, Map<String, List<String>> rows) {

    /** The columns of {@code item}'s row, in order; none where the block has no such row. */
    public List<ItemColumn> columnsOf(Named item) {
      List<String> own = rows == null ? null : rows.get(item.key());
      if (rows != null && own == null) {
        return List.of();
      }
      return columns.stream().filter(c -> own == null || own.contains(c.key())).toList();
    }
  }

  /**
   * A value column of an item table: its key, the wordings of the header that names it (the template's data: a
   * longer one before a shorter one it holds, {@code 对外公开总数量} before {@code 对外公开数量}) and their pattern,
   * every two consecutive characters of them ({@code namePieces}), the words a sentence names it by right before its
   * figure ({@code 新制发3件}, {@code 采购总金额116万元}), how its cells read, a default unit.
   */
  public record ItemColumn(String key, List<String> wordings, Pattern header, Set<String> namePieces, Pattern stated,
      ColumnKind kind, String unit) {

    @JsonCreator
    static ItemColumn of(@JsonProperty("key") String key, @JsonProperty("header") List<String> wordings,
        @JsonProperty("stated") Pattern stated, @JsonProperty("kind") ColumnKind kind, @JsonProperty("unit") String unit) {
      Set<String> pieces = new HashSet<>();
      for (String wording : wordings) {
        for (int i = 0; i + 2 <= wording.length(); i++) {
          pieces.add(wording.substring(i, i + 2));
        }
      }
      Pattern header = Pattern.compile(wordings.stream().map(Pattern::quote).collect(Collectors.joining("|")));
      return new ItemColumn(key, List.copyOf(wordings), header, Set.copyOf(pieces), stated, kind, unit);
    }

    /**
     * Where {@link #header} first finds a wording in {@code text}, or null: at the earliest place, the first wording
     * listed there, as the pattern's alternation takes it. Each wording found with {@code indexOf}, not the pattern
     * tried at every character: every row label of an item table is searched for every column.
     */
    public LabelMatch headerIn(String text) {
      int start = -1;
      int end = -1;
      for (int i = 0; i < wordings.size(); i++) {
        int at = text.indexOf(wordings.get(i));
        if (at >= 0 && (start < 0 || at < start)) {
          start = at;
          end = at + wordings.get(i).length();
        }
      }
      return start < 0 ? null : new LabelMatch(start, end, false);
    }

    /** The unit an amount column has when neither its cell nor its header names one, or null. */
    public Unit defaultUnit() {
      return unit == null ? null : Unit.declaredIn(unit);
    }

    /**
     * Whether {@code text} holds two consecutive characters of a wording of the header: a piece of the column's name,
     * as a dump that wraps the name apart prints it.
     */
    public boolean namePieceIn(String text) {
      for (String piece : namePieces) {
        if (text.contains(piece)) {
          return true;
        }
      }
      return false;
    }
  }

  public enum ColumnKind {
    COUNT,
    /** 本年增/减: a signed count. */
    CHANGE,
    AMOUNT
  }

  private static final Map<Template, NationalTemplate> TEMPLATES = load();
  /** Section 二 as either template prints it: reports mix the two templates' sub-tables. */
  private static final ItemBlock ANY_PROACTIVE = union(TEMPLATES.values().stream().map(NationalTemplate::proactive).toList());

  /** Section 二's items and columns of both templates, the 2019 template's order first. */
  public static ItemBlock anyProactive() {
    return ANY_PROACTIVE;
  }

  private static ItemBlock union(List<ItemBlock> blocks) {
    Map<String, ItemColumn> columns = new LinkedHashMap<>();
    Map<String, Named> items = new LinkedHashMap<>();
    for (ItemBlock b : blocks) {
      b.columns().forEach(c -> columns.putIfAbsent(c.key(), c));
      b.items().forEach(i -> items.putIfAbsent(i.key(), i));
    }
    return new ItemBlock(blocks.get(0).caption(), List.copyOf(columns.values()), List.copyOf(items.values()), null);
  }

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
