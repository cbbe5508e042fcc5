package org.govdisclosure.extract.spi;

import java.util.List;

/** Column names of the output tables that extractors, checks and evaluation share (the schemas define them). */
public final class OutputColumns {

  /** Section 三's applicant columns, 自然人 … 其他, without 总计. */
  public static final List<String> APPLICANTS =
      List.of("natural_person", "commercial_enterprise", "research_institution", "social_welfare_org", "legal_service_org", "other_org");

  public static final String TOTAL = "total";

  /** Section 三's seven value columns: the applicants then 总计. */
  public static final List<String> APPLICATION_COLUMNS =
      List.of("natural_person", "commercial_enterprise", "research_institution", "social_welfare_org", "legal_service_org", "other_org", TOTAL);

  /** Section 四's proceedings, one row each. */
  public static final List<String> PROCEEDINGS = List.of("review", "litigation_direct", "litigation_after_review");

  /** Section 四's outcome columns: 结果维持, 结果纠正, 其他结果, 尚未审结, 总计. */
  public static final List<String> OUTCOMES = List.of("upheld", "corrected", "other", "pending", TOTAL);

  private OutputColumns() {}
}
