package org.govdisclosure.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.govdisclosure.extract.ReportProcessor;
import org.govdisclosure.extract.check.CarryOverCheck;
import org.govdisclosure.extract.check.CarryOverCheck.YearFigures;
import org.govdisclosure.extract.check.CheckResult;
import org.govdisclosure.extract.spi.OutputColumns;
import org.govdisclosure.schemas.TableSchemas;

/**
 * The cross-year check over the whole run: the carry rows of every report's applications are grouped by issuer
 * (its division, or else its county, and organization), and each year's 结转下年度 is compared with the next year's
 * 上年结转. Reports of an unknown year, place or organization are not grouped: a name alone does not identify an issuer. The results are
 * {@code checks} rows of the reports they concern.
 *
 * <p>Only the carry rows travel, in {@link ShuffleGroups} by a hash of the issuer, and issuers are told apart within
 * their group: two rows per report. On the direct runner, which holds every element of a grouping in memory until the
 * whole run has reached it, the carry rows and the results wait in the run's {@link ParkedRows} as the reports' own
 * rows do: held whole, they were as much of the heap in the writing phase as the reports (BENCHMARKS.md).
 */
final class CrossYearChecks extends PTransform<PCollection<ReportRows>, PCollection<ReportRows>> {

  private static final String APPLICATIONS = "applications";

  private static final List<String> COLUMNS = OutputColumns.APPLICATION_COLUMNS;
  private static final String CARRIED_OVER = CarryOverCheck.CARRIED_OVER;
  private static final String CARRIED_FORWARD = CarryOverCheck.CARRIED_FORWARD;

  /** The path of the run's {@link ParkedRows}, or null to keep the rows in the elements. */
  private final String parkedRows;

  CrossYearChecks() {
    this(null);
  }

  private CrossYearChecks(String parkedRows) {
    this.parkedRows = parkedRows;
  }

  /** Leaves the carry rows and the results in {@code rows} as soon as they are made. */
  CrossYearChecks withRowsParkedIn(ParkedRows rows) {
    return new CrossYearChecks(rows.path());
  }

  @Override
  public PCollection<ReportRows> expand(PCollection<ReportRows> reports) {
    return reports
        .apply("KeyByIssuer", ParDo.of(new KeyByIssuer(parkedRows)))
        .setCoder(KvCoder.of(VarIntCoder.of(), KvCoder.of(StringUtf8Coder.of(), reports.getCoder())))
        .apply("GroupIssuers", GroupByKey.create())
        .apply("CompareYears", ParDo.of(new CompareYears(parkedRows)))
        .setCoder(reports.getCoder());
  }

  /** The report as it is, or parked in the run's file of parked rows at {@code parkedRows} where there is one. */
  private static ReportRows parkedIn(String parkedRows, ReportRows report) {
    return parkedRows == null ? report : ParkedRows.at(parkedRows).park(report);
  }

  /** A report of a known issuer and year, reduced to its carry rows, keyed by the issuer and its group. */
  static final class KeyByIssuer extends DoFn<ReportRows, KV<Integer, KV<String, ReportRows>>> {

    private final String parkedRows;
    private transient AvroRows applications;
    private transient AvroRows commonColumns;

    KeyByIssuer(String parkedRows) {
      this.parkedRows = parkedRows;
    }

    @Setup
    public void setup() {
      applications = new AvroRows(AvroRows.ownColumns(APPLICATIONS));
      commonColumns = new AvroRows(AvroRows.commonColumns());
    }

    @ProcessElement
    public void process(@Element ReportRows report, OutputReceiver<KV<Integer, KV<String, ReportRows>>> out) {
      String county = report.partition().substring(report.partition().indexOf("county_code=") + "county_code=".length());
      boolean yearKnown = !report.partition().startsWith("year=" + TableSchemas.UNKNOWN_YEAR + "/");
      byte[] rows = report.tables().get(APPLICATIONS);
      if (rows == null || !yearKnown) {
        return;
      }
      List<GenericRecord> carryRows = applications.decode(rows).stream()
          .filter(row -> CARRIED_OVER.equals(String.valueOf(row.get("row_key"))) || CARRIED_FORWARD.equals(String.valueOf(row.get("row_key"))))
          .toList();
      if (carryRows.isEmpty()) {
        return;
      }
      GenericRecord common = commonColumns.decode(report.commonColumns()).get(0);
      Object organization = common.get("organization");
      // The issuer's own division places city and province issuers too, whose county is 000000.
      Object division = common.get("division_code");
      String place = division != null ? division.toString() : county.equals(TableSchemas.UNKNOWN_COUNTY) ? null : county;
      if (organization != null && place != null) {
        String issuer = place + "|" + organization;
        ReportRows carried = parkedIn(parkedRows, report.withOnly(APPLICATIONS, applications.encode(carryRows)));
        out.output(KV.of(ShuffleGroups.of(issuer), KV.of(issuer, carried)));
      }
    }
  }

  /** Compares the carry rows of each issuer's reports year by year; the results go to the reports compared. */
  static final class CompareYears extends DoFn<KV<Integer, Iterable<KV<String, ReportRows>>>, ReportRows> {

    private final String parkedRows;
    private transient AvroRows applications;
    private transient AvroRows checks;

    CompareYears(String parkedRows) {
      this.parkedRows = parkedRows;
    }

    @Setup
    public void setup() {
      applications = new AvroRows(AvroRows.ownColumns(APPLICATIONS));
      checks = new AvroRows(AvroRows.ownColumns(TableSchemas.CHECKS));
    }

    @ProcessElement
    public void process(@Element KV<Integer, Iterable<KV<String, ReportRows>>> group, OutputReceiver<ReportRows> out) {
      Map<String, List<ReportRows>> issuers = new HashMap<>();
      for (KV<String, ReportRows> report : group.getValue()) {
        issuers.computeIfAbsent(report.getKey(), k -> new ArrayList<>()).add(report.getValue());
      }
      issuers.values().forEach(reports -> compare(reports, out));
    }

    private void compare(List<ReportRows> issuer, OutputReceiver<ReportRows> out) {
      Map<String, ReportRows> reports = new LinkedHashMap<>();
      Map<String, Map<String, Long>> over = new HashMap<>();
      Map<String, Map<String, Long>> forward = new HashMap<>();
      for (ReportRows report : issuer) {
        String id = report.reportId();
        reports.putIfAbsent(id, report);
        for (GenericRecord row : applications.decode(report.tables().get(APPLICATIONS))) {
          Map<String, Long> target = CARRIED_OVER.equals(row.get("row_key").toString())
              ? over.computeIfAbsent(id, k -> new HashMap<>())
              : forward.computeIfAbsent(id, k -> new HashMap<>());
          for (String c : COLUMNS) {
            Object v = row.get(c);
            target.put(c, v == null ? null : ((Number) v).longValue());
          }
        }
      }
      List<YearFigures> figures = new ArrayList<>();
      reports.forEach((id, report) -> figures.add(new YearFigures(id, year(report.partition()),
          over.getOrDefault(id, Map.of()), forward.getOrDefault(id, Map.of()))));
      CarryOverCheck.run(figures).forEach((id, results) -> {
        List<GenericRecord> rows = new ArrayList<>();
        for (CheckResult r : results) {
          rows.add(checkRecord(r));
          if (r.failed()) {
            // The run summary counts failed checks as the checks table lists them, these included.
            ReportEncoder.failedChecks(r.check()).inc();
          }
        }
        if (!rows.isEmpty()) {
          out.output(parkedIn(parkedRows, reports.get(id).withOnly(TableSchemas.CHECKS, checks.encode(rows))));
        }
      });
    }

    /** The check's own columns: its report's common columns travel with the report ({@link ReportRows}). */
    private GenericRecord checkRecord(CheckResult result) {
      GenericRecord record = new GenericData.Record(checks.schema());
      ReportProcessor.checkRow(result).forEach(record::put);
      return record;
    }

    private static int year(String partition) {
      return Integer.parseInt(partition.substring("year=".length(), partition.indexOf('/')));
    }
  }
}
