package org.govdisclosure.extract.prose;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.govdisclosure.extract.model.Block;
import org.govdisclosure.extract.model.Paragraph;
import org.govdisclosure.extract.spi.Template;
import org.govdisclosure.extract.template.NationalTemplate;
import org.govdisclosure.extract.value.Numerals;

/**
 * Section 三 written a sentence per row under its columns' names said once ({@code 以下各项数据依次为自然人、…、总计的申请数。}
 * then {@code 予以公开分别为3、0、…、5件。}): a reader carries the stated order to each row, so each list that names no
 * columns itself is read as if it did ({@code 予以公开：自然人、…、总计分别为3、0、…、5件}, a row's label and its cells), which {@link Respectively}
 * pairs one to one, each column under the template's name. Only a list with as many values as names stated: with more or fewer, which value is whose is
 * unknown, and the row stays as printed.
 */
public final class StatedOrder {

  private static final List<NationalTemplate.Column> COLUMNS = NationalTemplate.of(Template.T2019).applications().columns();
  /** A column's name as the template prints it or a variant, the 其他 column also as 其他组织 or 其他机构. */
  private static final String NAME = ApplicantScope.names(COLUMNS) + ApplicantScope.ORGANIZATION_WORD;
  private static final OpeningPattern ORDER = OpeningPattern.of("依次(?:为|是)(" + NAME + "(?:、" + NAME + ")+)");
  private static final Pattern LIST = Pattern.compile(Respectively.MARK + "(?:为|是)" + Numerals.COUNT + "(?:、" + Numerals.COUNT + ")*");
  /**
   * A list whose clause already names its columns ({@code 予以公开，自然人、…、总计分别为…}): two names at least, since
   * a row's label may end with one ({@code （七）总计}, {@code 其他处理中其他}).
   */
  private static final Pattern NAMED = Pattern.compile(NAME + "、" + NAME + "$");
  private static final String NAME_BREAK = "、";

  private StatedOrder() {}

  /** The blocks, each paragraph after a stated order with its unnamed lists named; the blocks themselves where none is stated. */
  public static List<Block> named(List<Block> blocks) {
    List<Block> out = null;
    List<String> names = null;
    for (int i = 0; i < blocks.size(); i++) {
      Block block = blocks.get(i);
      if (block instanceof Paragraph p && !p.raw().isEmpty()) {
        Matcher order = ORDER.find(p.raw(), 0); // most paragraphs state no order: no matcher for them
        int from = 0;
        if (order != null) {
          names = Stream.of(order.group(1).split(NAME_BREAK)).map(StatedOrder::label).toList();
          from = order.end();
        }
        String raw = names == null ? p.raw() : named(p.raw(), from, names);
        if (!raw.equals(p.raw())) {
          out = out != null ? out : new ArrayList<>(blocks);
          out.set(i, new Paragraph(raw));
        }
      }
    }
    return out != null ? out : blocks;
  }

  /**
   * The template's label of the column a stated name names ({@code 其他组织}: {@code 其他}): the rows are read under the
   * template's names, whatever words the order used.
   */
  private static String label(String name) {
    for (NationalTemplate.Column c : COLUMNS) {
      if (c.names().stream().anyMatch(name::startsWith)) {
        return c.label();
      }
    }
    throw new IllegalArgumentException(name); // NAME admits only the columns' names
  }

  /** The text with each list after {@code from} of as many values as {@code names} given them before its 分别为. */
  private static String named(String raw, int from, List<String> names) {
    StringBuilder out = new StringBuilder(raw.length() * 2);
    int done = 0;
    boolean changed = false;
    for (Matcher list = LIST.matcher(raw).region(from, raw.length()); list.find(); ) {
      int values = list.group().split(NAME_BREAK, -1).length;
      if (values == names.size() && !NAMED.matcher(raw.substring(0, list.start())).find()) {
        out.append(raw, done, list.start()).append('：').append(String.join(NAME_BREAK, names));
        done = list.start();
        changed = true;
      }
    }
    return !changed ? raw : out.append(raw.substring(done)).toString();
  }
}
