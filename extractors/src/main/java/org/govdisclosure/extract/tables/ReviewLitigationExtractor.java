package org.govdisclosure.extract.tables;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.govdisclosure.extract.model.Block;
import org.govdisclosure.extract.model.Row;
import org.govdisclosure.extract.model.Table;
import org.govdisclosure.extract.prose.ProseFallback;
import org.govdisclosure.extract.prose.Topic;
import org.govdisclosure.extract.section.Sections;
import org.govdisclosure.extract.spi.OutputColumns;
import org.govdisclosure.extract.spi.ReportContext;
import org.govdisclosure.extract.spi.SectionExtractor;
import org.govdisclosure.extract.spi.Template;
import org.govdisclosure.extract.template.NationalTemplate;
import org.govdisclosure.extract.template.NationalTemplate.ReviewBlock;

/**
 * Section 四: administrative review and litigation outcomes: 行政复议, 行政诉讼·未经复议直接起诉, 行政诉讼·复议后起诉,
 * each with five outcomes. Each proceeding printed apart with its five values ({@link SectionDecoder}); or else the
 * template's one label-less row of 15 cells under a three-level header.
 * Without a table, what the report's sentences state of them ({@link ProseFallback}).
 */
public final class ReviewLitigationExtractor implements SectionExtractor {

  private static final List<String> PROCEEDINGS = OutputColumns.PROCEEDINGS;
  private static final List<String> OUTCOMES = OutputColumns.OUTCOMES;
  private static final int WIDTH = PROCEEDINGS.size() * OUTCOMES.size();
  private static final ReviewBlock BLOCK = NationalTemplate.of(Template.T2019).reviewLitigation();

  @Override
  public String table() {
    return "review_litigation";
  }

  @Override
  public List<Map<String, Object>> extract(ReportContext context) {
    return ProseFallback.complete(Topic.REVIEW_LITIGATION, OUTCOMES, fromTable(context), context);
  }

  private static List<Map<String, Object>> fromTable(ReportContext context) {
    List<Block> section = context.sections().blocks(Sections.REVIEW_LITIGATION);
    List<Integer> byProceeding = SectionDecoder.proceedings(SectionTokens.of(section, BLOCK.header(), context), BLOCK, context);
    if (byProceeding != null) {
      return rows(byProceeding);
    }
    for (Table t : context.sections().tables(Sections.REVIEW_LITIGATION)) {
      for (Row r : t.rows()) {
        LabeledRow row = LabeledRow.of(r);
        if (row.values().size() >= WIDTH && !row.allValuesBlank()) {
          return rows(CountCells.read(row.values(), WIDTH, "section 四", context));
        }
      }
    }
    return List.of();
  }

  private static List<Map<String, Object>> rows(List<Integer> values) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (int p = 0; p < PROCEEDINGS.size(); p++) {
      Map<String, Object> record = new LinkedHashMap<>();
      record.put("proceeding", PROCEEDINGS.get(p));
      for (int o = 0; o < OUTCOMES.size(); o++) {
        record.put(OUTCOMES.get(o), values.get(p * OUTCOMES.size() + o));
      }
      record.put("source", "table");
      out.add(record);
    }
    return out;
  }
}
