package org.govdisclosure.extract.spi;

import java.util.List;
import org.govdisclosure.extract.template.NationalTemplate;

/**
 * Column names of the output tables that extractors, checks and evaluation share, as the templates name them
 * ({@link NationalTemplate}; both templates have the same columns there). The schemas define the tables.
 */
public final class OutputColumns {

  private static final NationalTemplate TEMPLATE = NationalTemplate.of(Template.T2019);

  /** Section 三's seven value columns: 自然人 … 其他, then 总计. */
  public static final List<String> APPLICATION_COLUMNS = TEMPLATE.applications().columnKeys();

  /** The last of them, 总计; also section 四's last outcome. */
  public static final String TOTAL = APPLICATION_COLUMNS.get(APPLICATION_COLUMNS.size() - 1);

  /** Section 三's applicant columns, 自然人 … 其他, without 总计. */
  public static final List<String> APPLICANTS = APPLICATION_COLUMNS.subList(0, APPLICATION_COLUMNS.size() - 1);

  /** Section 四's proceedings, one row each. */
  public static final List<String> PROCEEDINGS =
      TEMPLATE.reviewLitigation().proceedings().stream().map(NationalTemplate.Named::key).toList();

  /** Section 四's outcome columns: 结果维持, 结果纠正, 其他结果, 尚未审结, 总计. */
  public static final List<String> OUTCOMES =
      TEMPLATE.reviewLitigation().outcomes().stream().map(NationalTemplate.Named::key).toList();

  private OutputColumns() {}
}
