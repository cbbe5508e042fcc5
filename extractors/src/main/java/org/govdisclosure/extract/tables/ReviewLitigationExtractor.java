package org.govdisclosure.extract.tables;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.govdisclosure.extract.model.Block;
import org.govdisclosure.extract.model.Table;
import org.govdisclosure.extract.prose.ProseFallback;
import org.govdisclosure.extract.prose.Topic;
import org.govdisclosure.extract.section.Sections;
import org.govdisclosure.extract.spi.OutputColumns;
import org.govdisclosure.extract.spi.ReportContext;
import org.govdisclosure.extract.spi.SectionExtractor;
import org.govdisclosure.extract.spi.Template;
import org.govdisclosure.extract.spi.Warning;
import org.govdisclosure.extract.template.NationalTemplate;
import org.govdisclosure.extract.template.NationalTemplate.ReviewBlock;

/**
 * Section 四: administrative review and litigation outcomes: 行政复议, 行政诉讼·未经复议直接起诉, 行政诉讼·复议后起诉,
 * each with five outcomes. Each proceeding printed apart with its five values, or else the template's one
 * label-less row of 15 cells under a three-level header ({@link SectionDecoder}), or the row of the report's year
 * where a row per year is printed ({@link RowsByYear}).
 * Without a table, what the report's sentences state of them ({@link ProseFallback}).
 */
public final class ReviewLitigationExtractor implements SectionExtractor {

  private static final List<String> PROCEEDINGS = OutputColumns.PROCEEDINGS;
  private static final List<String> OUTCOMES = OutputColumns.OUTCOMES;
  private static final ReviewBlock BLOCK = NationalTemplate.of(Template.T2019).reviewLitigation();

  @Override
  public String table() {
    return "review_litigation";
  }

  @Override
  public List<Map<String, Object>> extract(ReportContext context) {
    return ProseFallback.complete(Topic.REVIEW_LITIGATION, OUTCOMES, fromTable(context), context);
  }

  /**
   * The section's values as the decoder reads them from all its blocks, or else from its grids alone (a table whose
   * section runs on into text with numbers of its own, when the next heading is missing), with the warnings of the
   * reading kept.
   */
  private static List<Map<String, Object>> fromTable(ReportContext context) {
    Reading reading = read(context.sections().blocks(Sections.REVIEW_LITIGATION), context);
    List<Table> grids = context.sections().tables(Sections.REVIEW_LITIGATION);
    if (reading.values() == null && !grids.isEmpty()) {
      Reading gridsOnly = read(List.copyOf(grids), context);
      reading = gridsOnly.values() != null ? gridsOnly : reading;
    }
    reading.warnings().forEach(w -> context.warn(w.code(), w.message()));
    return reading.values() == null ? List.of() : rows(reading.values());
  }

  /** What the decoder made of some of the section's blocks, with the warnings it gave. */
  private record Reading(List<Integer> values, List<Warning> warnings) {}

  private static Reading read(List<Block> blocks, ReportContext context) {
    ReportContext trial = new ReportContext(context.document(), context.sections(), context.template(), context.year());
    List<Block> printed = RowsByYear.ofReportYear(blocks, "section 四", trial);
    return new Reading(SectionDecoder.proceedings(SectionTokens.of(printed, BLOCK, trial), BLOCK, trial), trial.warnings());
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
