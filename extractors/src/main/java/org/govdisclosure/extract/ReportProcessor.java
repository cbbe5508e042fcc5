package org.govdisclosure.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.govdisclosure.extract.check.CheckResult;
import org.govdisclosure.extract.check.ReportCheck;
import org.govdisclosure.extract.meta.Departments;
import org.govdisclosure.extract.meta.IssuerName;
import org.govdisclosure.extract.meta.OrganizationFinder;
import org.govdisclosure.extract.meta.TemplateDetector;
import org.govdisclosure.extract.meta.YearFinder;
import org.govdisclosure.extract.model.Block;
import org.govdisclosure.extract.model.Document;
import org.govdisclosure.extract.model.Paragraph;
import org.govdisclosure.extract.model.Row;
import org.govdisclosure.extract.model.Table;
import org.govdisclosure.extract.model.TraditionalForms;
import org.govdisclosure.extract.model.Cell;
import org.govdisclosure.extract.ProcessedReport.OcrCost;
import org.govdisclosure.extract.ocr.Ocr;
import org.govdisclosure.extract.read.PageOcr;
import org.govdisclosure.extract.read.ReadResult;
import org.govdisclosure.extract.read.ReportReader;
import org.govdisclosure.extract.region.Region;
import org.govdisclosure.extract.region.OcrPlaces;
import org.govdisclosure.extract.region.RegionResolver;
import org.govdisclosure.extract.region.Resolution;
import org.govdisclosure.extract.section.HeadingSplitter;
import org.govdisclosure.extract.section.Sections;
import org.govdisclosure.extract.spi.ReportContext;
import org.govdisclosure.extract.spi.SectionExtractor;
import org.govdisclosure.extract.spi.Warning;

/**
 * Turns one file into a {@link ProcessedReport}: read, find metadata and region, run every registered
 * {@link SectionExtractor}. Never throws for bad input: a failure becomes a status and a warning.
 */
public final class ReportProcessor implements AutoCloseable {

  public static final String EXTRACTED = "extracted";
  public static final String PARTIAL = "partial";
  public static final String NOT_A_REPORT = "not_a_report";
  public static final String UNREADABLE = "unreadable";
  public static final String CHECKS = "checks";
  /** The warning every report read by OCR carries: each of its values was read from page images. */
  public static final String OCR = "ocr";
  /** Pieces of low confidence named in an {@code ocr} warning; past this they are counted. */
  private static final int LOW_CONFIDENCE_SHOWN = 10;

  /** Words every disclosure report's title or body uses; a file with none of them is something else. */
  private static final List<String> REPORT_WORDS = List.of("信息公开", "政务公开");

  private final ReportReader reader;
  private final PageOcr ocr;
  private final List<SectionExtractor> extractors;
  private final List<ReportCheck> checks;
  private final RegionResolver regions;
  /** The extractors and checks that failed to load, each left out; every report says what it lacks. */
  private final List<Unavailable> notLoaded;
  /** The extractors and checks whose classes failed on first use: left out from then on, as if they had not loaded. */
  private final Map<Object, Unavailable> failedOnUse = new ConcurrentHashMap<>();

  /** A processor that reads no scan or image (no OCR). */
  public ReportProcessor(List<SectionExtractor> extractors, List<ReportCheck> checks, RegionResolver regions) {
    this(extractors, checks, regions, null);
  }

  /** A processor that reads scans and images with {@code ocr} (null: none). */
  public ReportProcessor(List<SectionExtractor> extractors, List<ReportCheck> checks, RegionResolver regions, PageOcr ocr) {
    this(extractors, checks, regions, ocr, List.of());
  }

  private ReportProcessor(List<SectionExtractor> extractors, List<ReportCheck> checks, RegionResolver regions, PageOcr ocr,
      List<Unavailable> notLoaded) {
    this.notLoaded = List.copyOf(notLoaded);
    this.reader = new ReportReader(ocr);
    this.ocr = ocr;
    this.extractors = List.copyOf(extractors);
    this.checks = List.copyOf(checks);
    this.regions = regions;
  }

  /** A processor with every extractor, check and the region resolver registered through ServiceLoader, and OCR. */
  public static ReportProcessor withRegistered() {
    return withRegistered(true);
  }

  /** The same, with OCR of scans and images or without it ({@code --ocr=false}: they are then unreadable). */
  public static ReportProcessor withRegistered(boolean ocr) {
    List<Unavailable> notLoaded = new ArrayList<>();
    List<SectionExtractor> extractors = Providers.load(SectionExtractor.class, Unavailable.EXTRACTOR, notLoaded);
    List<ReportCheck> checks = Providers.load(ReportCheck.class, Unavailable.CHECK, notLoaded);
    return new ReportProcessor(extractors, checks, RegionResolver.load(), ocr ? Ocr.shared() : null, notLoaded);
  }

  /**
   * The readers, extractors and checks that cannot be used, each with its cause: those that failed to load, and those
   * whose classes failed on first use so far.
   */
  public List<Unavailable> unavailable() {
    List<Unavailable> all = new ArrayList<>(notLoaded);
    all.addAll(reader.unavailable());
    all.addAll(failedOnUse.values());
    return all;
  }

  public ProcessedReport process(String sourceFile, byte[] bytes) {
    String id = reportId(bytes);
    ReadResult read = reader.read(bytes);
    OcrCost ocr = OcrCost.of(read.ocr());
    if (!read.isReadable()) {
      return failed(id, sourceFile, UNREADABLE, null, new Warning(read.failure(), read.reason()), ocr);
    }
    Document doc = HeadingSplitter.split(TraditionalForms.simplify(read.document()));
    String folded = foldedText(doc);
    if (REPORT_WORDS.stream().noneMatch(folded::contains)) {
      return failed(id, sourceFile, NOT_A_REPORT, doc, new Warning("not_a_report", "no mention of 信息公开 or 政务公开"), ocr);
    }
    YearFinder.Found found = YearFinder.find(doc.title(), folded);
    Integer year = found.year();
    TemplateDetector.Detection detection = TemplateDetector.detect(folded, year);
    ReportContext context = new ReportContext(doc, Sections.of(doc), detection.template(), year);
    if (read.malformedBytes() > 0) {
      context.warn("invalid_bytes", read.malformedBytes() + " invalid " + doc.encoding() + " byte sequence(s) replaced by U+FFFD");
    }
    if (read.ocr() != null) {
      context.warn(OCR, ocrNote(read.ocr(), doc.format()));
    }
    if (read.nulBytes() > 0) {
      context.warn("nul_bytes", read.nulBytes() + " stray NUL byte(s) in the text removed");
    }
    if (read.truncated() != null) {
      context.warn("truncated", read.truncated());
    }
    if (year == null) {
      context.warn("year_unknown", "no report year found in the title, statistics period or opening");
    } else if (found.fromOpening()) {
      context.warn("year_from_body", "no year in the title or statistics period; took " + year + ", the first year the opening names");
    }
    Integer period = YearFinder.conflictingPeriod(found, folded);
    if (period != null) {
      context.warn("year_conflict", "the title gives " + year + ", the statistics period " + period + ": took " + year
          + ", the title's");
    }
    if (year != null && !detection.inferred() && detection.template().unusualFor(year)) {
      context.warn("year_template_conflict", "a " + detection.template().code() + "-template report does not normally cover " + year);
    }
    if (detection.misread()) {
      context.warn("template_misread", "the " + detection.template().code() + " template's table wording is printed only with a character misread");
    }
    // Where OCR read the tables, no template wording seen may be wording misread past recognition: the year would
    // then be a guess that a report kept on the other template belies, so the template is not told (the year's still
    // decodes the tables).
    boolean templateUnsure = detection.inferred() && read.ocr() != null;
    if (templateUnsure) {
      context.warn("template_unknown", "no template-specific table wording in the text read by OCR; the template is not told");
    } else if (detection.inferred()) {
      context.warn("template_inferred", "no template-specific table wording; template taken from the year");
    }
    Resolution resolution = resolveRegion(OrganizationFinder.find(doc, folded), doc, context);
    Region region = resolution.region();
    String organization = resolution.organization();
    if (organization == null && region.township() != null) {
      String county = region.countyNameAsPrinted() != null ? region.countyNameAsPrinted() : region.countyName();
      organization = OrganizationFinder.township(region.township(), county, folded);
      if (organization != null) {
        context.warn("organization_from_body", "no title or signature names the issuer; took " + organization + ", the township the text speaks of");
      }
    }
    organization = OrganizationFinder.completed(organization);
    String expanded = Departments.bundled().expanded(organization, folded);
    if (expanded != null && !expanded.equals(organization)) {
      context.warn("organization_expanded", "printed " + organization + ", the short name of " + expanded);
      organization = expanded;
    }
    String doubt = read.ocr() == null || picturesOnly(doc.format()) ? null : OcrPlaces.doubt(organization, region);
    if (doubt != null) {
      context.warn("issuer_unsure", "OCR read " + doubt + ", which the gazetteer does not know: a misreading is as likely; the issuer is not told");
      organization = null;
      region = OcrPlaces.withoutUnknownTownship(region);
    } else if (organization == null) {
      context.warn("organization_unknown", "no title, signature or contact line prints the issuer's name");
    }
    context.setIssuer(organization);
    Departments.Department department = Departments.bundled().of(organization);
    Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
    boolean failures = false;
    for (Unavailable gone : notLoaded) {
      context.warn(gone.warning().code(), gone.warning().message());
      failures |= gone.kind().equals(Unavailable.EXTRACTOR);
    }
    for (SectionExtractor extractor : extractors) {
      if (leftOut(extractor, context)) {
        failures = true;
        continue;
      }
      try {
        List<Map<String, Object>> rows = extractor.extract(context);
        if (!rows.isEmpty()) {
          tables.putIfAbsent(extractor.table(), rows);
        }
      } catch (LinkageError e) {
        leaveOut(extractor, Unavailable.EXTRACTOR, e, context);
        failures = true;
      } catch (RuntimeException | StackOverflowError e) {
        // One extractor's failure costs only its own table.
        context.warn("extractor_failed", extractor.table() + ": " + e.getClass().getName() + ": " + e.getMessage());
        failures = true;
      }
    }
    List<String> missing = new ArrayList<>();
    for (SectionExtractor extractor : extractors) {
      if (extractor.expectedIn(detection.template()) && !tables.containsKey(extractor.table()) && !missing.contains(extractor.table())) {
        missing.add(extractor.table());
      }
    }
    if (!missing.isEmpty()) {
      // "Not found" would be wrong where a table was found but none of its values could be read for sure.
      context.warn("missing_tables", "no rows read: " + String.join(", ", missing));
    }
    if (read.picturesUnread() != null && (!missing.isEmpty() || fromProse(tables))) {
      // Sites often print the section 三/四 tables as pictures: where a table is missing or only a sentence gave its
      // numbers, the reader must know of the pictures not read (a page's logos and photographs are not worth a warning).
      context.warn("pictures_unread", read.picturesUnread()
          + "; a table printed as a picture is read by OCR when the file holds the picture or the picture is given as a file of its own");
    }
    int checksFailed = runChecks(tables, context);
    return new ProcessedReport(
        id,
        sourceFile,
        missing.isEmpty() && !failures ? EXTRACTED : PARTIAL,
        detection.template() == null || templateUnsure ? null : detection.template().code(),
        year,
        organization,
        department.name(),
        department.sector(),
        region,
        doc.format(),
        doc.encoding(),
        List.copyOf(context.warnings()),
        tables,
        checksFailed,
        ocr);
  }

  /**
   * Adds the results of the extractors' own checks and of the registered checks to {@code tables} as the
   * {@code checks} table; returns how many failed.
   */
  private int runChecks(Map<String, List<Map<String, Object>>> tables, ReportContext context) {
    List<Map<String, Object>> rows = new ArrayList<>();
    int failed = 0;
    for (CheckResult r : context.checks()) {
      rows.add(checkRow(r));
      failed += r.failed() ? 1 : 0;
    }
    for (ReportCheck check : checks) {
      if (leftOut(check, context)) {
        continue;
      }
      try {
        for (CheckResult r : check.run(tables)) {
          rows.add(checkRow(r));
          failed += r.failed() ? 1 : 0;
        }
      } catch (LinkageError e) {
        leaveOut(check, Unavailable.CHECK, e, context);
      } catch (RuntimeException | StackOverflowError e) {
        context.warn("check_failed_to_run", check.getClass().getSimpleName() + ": " + e.getClass().getName() + ": " + e.getMessage());
      }
    }
    if (!rows.isEmpty()) {
      tables.put(CHECKS, rows);
    }
    return failed;
  }

  /** Whether {@code component}'s classes failed on an earlier report: it is skipped, and the report says so. */
  private boolean leftOut(Object component, ReportContext context) {
    Unavailable gone = failedOnUse.get(component);
    if (gone != null) {
      context.warn(gone.warning().code(), gone.warning().message());
    }
    return gone != null;
  }

  /**
   * Leaves out a component whose classes failed to load on first use (a library missing from the class path): this and
   * every later report says so with the same line, rather than failing anew.
   */
  private void leaveOut(Object component, String kind, LinkageError e, ReportContext context) {
    Unavailable gone = failedOnUse.computeIfAbsent(component, c -> Unavailable.of(kind, c.getClass().getSimpleName(), e));
    context.warn(gone.warning().code(), gone.warning().message());
  }

  /** A check result as a row of the {@code checks} table. */
  public static Map<String, Object> checkRow(CheckResult r) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("check", r.check());
    row.put("scope", r.scope());
    row.put("status", r.status());
    row.put("expected", r.expected());
    row.put("actual", r.actual());
    return row;
  }

  private Resolution resolveRegion(String organization, Document doc, ReportContext context) {
    if (IssuerName.namesNationalBody(organization)) {
      context.warn("region_national", organization + " is a national body, in no province: its address places none");
      return Resolution.of(organization, Region.UNKNOWN);
    }
    try {
      Resolution resolution = regions.resolution(organization, doc);
      resolution.warnings().forEach(w -> context.warn(w.code(), w.message()));
      return resolution;
    } catch (RuntimeException e) {
      context.warn("region_failed", e.getClass().getName() + ": " + e.getMessage());
      return Resolution.of(organization, Region.UNKNOWN);
    }
  }

  private static boolean fromProse(Map<String, List<Map<String, Object>>> tables) {
    return tables.values().stream().flatMap(List::stream).anyMatch(row -> "prose".equals(row.get("source")));
  }

    private String ocrNote(PageOcr.Result ocr, String format) {
    // The time is not in the message but in the report's OcrCost: the message stays the same from run to run.
    StringBuilder b = new StringBuilder(picturesOnly(format)
        ? "the values of the document's pictures read by OCR (" + reader.ocrEngine() + ") from " + ocr.pages() + " picture(s)"
        : "every value read by OCR (" + reader.ocrEngine() + ") from " + ocr.pages() + " page image(s)");
    List<String> low = ocr.lowConfidence();
    if (!low.isEmpty()) {
      b.append("; low confidence: ").append(String.join(", ", low.subList(0, Math.min(low.size(), LOW_CONFIDENCE_SHOWN))));
      if (low.size() > LOW_CONFIDENCE_SHOWN) {
        b.append(" and ").append(low.size() - LOW_CONFIDENCE_SHOWN).append(" more");
      }
    }
    return b.toString();
  }

  /** Whether OCR of a document of {@code format} read only its pictures, its own text read as text. */
  private static boolean picturesOnly(String format) {
    return format.equals("html") || format.equals("docx") || format.equals("odt");
  }

  /**
   * Releases the OCR engines no file is being read with ({@link PageOcr#release}); the processor can still be used,
   * at the cost of opening an engine again.
   */
  @Override
  public void close() {
    if (ocr != null) {
      ocr.release();
    }
  }

  /** The report of a file that could not be read at all (too large, an I/O error). */
  public static ProcessedReport unreadable(String reportId, String sourceFile, String code, String reason) {
    return failed(reportId, sourceFile, UNREADABLE, null, new Warning(code, reason), null);
  }

  private static ProcessedReport failed(String id, String sourceFile, String status, Document doc, Warning why, OcrCost ocr) {
    return new ProcessedReport(
        id, sourceFile, status, null, null, null, null, null, Region.UNKNOWN,
        doc == null ? null : doc.format(), doc == null ? null : doc.encoding(), List.of(why), Map.of(), 0, ocr);
  }

  public static String reportId(byte[] bytes) {
    return HexFormat.of().formatHex(freshDigest().digest(bytes));
  }

  /** The id of a file too large to hold: its bytes are hashed as they stream by, never kept. */
  public static String reportId(InputStream in) throws IOException {
    MessageDigest digest = freshDigest();
    try (InputStream hashed = new DigestInputStream(in, digest)) {
      hashed.transferTo(OutputStream.nullOutputStream());
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static MessageDigest freshDigest() {
    try {
      return (MessageDigest) SHA_256.clone();
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException("the JDK's SHA-256 can be cloned", e);
    }
  }

  /** A fresh digest, never updated, cloned for each file: looking SHA-256 up among the providers cost a third as much as hashing a report. */
  private static final MessageDigest SHA_256 = sha256();

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }

  private static String foldedText(Document doc) {
    StringBuilder b = new StringBuilder();
    for (Block block : doc.blocks()) {
      if (block instanceof Paragraph p) {
        b.append(p.text()).append('\n');
      } else if (block instanceof Table t) {
        for (Row r : t.rows()) {
          for (Cell c : r.cells()) {
            b.append(c.text()).append('\t');
          }
          b.append('\n');
        }
      }
    }
    return b.toString();
  }
}
