package org.govdisclosure.extract.spi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.govdisclosure.extract.check.CheckResult;
import org.govdisclosure.extract.model.Document;
import org.govdisclosure.extract.section.Sections;

/** What an extractor sees of one report, and where it records warnings. */
public final class ReportContext {

  private final Document document;
  private final Sections sections;
  private final Template template;
  private final Integer year;
  private String issuer;
  private final List<Warning> warnings = new ArrayList<>();
  private final List<CheckResult> checks = new ArrayList<>();
  private final Map<Class<?>, Object> derived = new HashMap<>();

  public ReportContext(Document document, Sections sections, Template template, Integer year) {
    this.document = document;
    this.sections = sections;
    this.template = template;
    this.year = year;
  }

  public Document document() {
    return document;
  }

  public Sections sections() {
    return sections;
  }

  /** The detected template, or null when it could not be told. */
  public Template template() {
    return template;
  }

  /** The year the report covers, or null when it could not be found. */
  public Integer year() {
    return year;
  }

  /** The issuer's name, or null: set once the report's metadata are read, before any extractor runs. */
  public String issuer() {
    return issuer;
  }

  public void setIssuer(String issuer) {
    this.issuer = issuer;
  }

  /**
   * Something several extractors derive from the report alike (its sentences, say): computed by the first that
   * asks, then shared.
   */
  public <T> T derived(Class<T> kind, Function<ReportContext, T> compute) {
    Object value = derived.get(kind);
    if (value == null) {
      value = compute.apply(this);
      derived.put(kind, value);
    }
    return kind.cast(value);
  }

  public void warn(String code, String message) {
    warnings.add(new Warning(code, message));
  }

  public List<Warning> warnings() {
    return warnings;
  }

  /** Records a check an extractor made while reading (e.g. a sentence against the table). */
  public void check(CheckResult result) {
    checks.add(result);
  }

  public List<CheckResult> checks() {
    return checks;
  }
}
