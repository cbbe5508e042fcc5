package org.govdisclosure.extract.prose;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.govdisclosure.extract.ProcessedReport;
import org.govdisclosure.extract.ReportProcessor;
import org.junit.jupiter.api.Test;

class ApplicantScopeTest {

  private static final ReportProcessor PROCESSOR = ReportProcessor.withRegistered();

  /**
   * Section 三 written one paragraph per applicant column, each opening with the column's name and a colon: the
   * figures are that column's. Read as the total's, the natural persons' 2 would be the total of 本机关不掌握.
   */
  @Test
  void aColumnsNameClosedByAColonScopesItsSentence() {
    ProcessedReport r = PROCESSOR.process("test.txt", """
        测试县教育局2020年政府信息公开工作年度报告
        三、收到和处理政府信息公开申请情况
        自然人：一、本年新收政府信息公开申请数量5件，（一）予以公开3件，（四）无法提供1.本机关不掌握相关政府信息2件，（七）总计5件。
        法人或其他组织中的商业企业：一、本年新收政府信息公开申请数量2件，（一）予以公开2件，（七）总计2件。
        四、政府信息公开行政复议、行政诉讼情况
        """.getBytes(StandardCharsets.UTF_8));
    Map<String, Object> notHeld = r.tables().get("applications").stream()
        .filter(m -> "unavailable_not_held".equals(m.get("row_key"))).findFirst().orElseThrow();
    assertThat(notHeld).containsEntry("natural_person", 2).containsEntry("total", null);
    Map<String, Object> received = r.tables().get("applications").stream()
        .filter(m -> "new_received".equals(m.get("row_key"))).findFirst().orElseThrow();
    assertThat(received).containsEntry("natural_person", 5).containsEntry("commercial_enterprise", 2).containsEntry("total", null);
  }

  @Test
  void opensWithAColumnsNameAndAColonOrItsAspect() {
    assertThat(ApplicantScope.column(ApplicantScope.opening("自然人:一、本年新收5件"))).isEqualTo("natural_person");
    assertThat(ApplicantScope.column(ApplicantScope.opening("法人或其他组织中的科研机构:一、本年新收1件"))).isEqualTo("research_institution");
    assertThat(ApplicantScope.column(ApplicantScope.opening("自然人方面,本年新收5件"))).isEqualTo("natural_person");
    assertThat(ApplicantScope.opening("自然人申请5件")).isNull();
  }

  /**
   * 其他 closed by a colon opening a row written as a sentence ({@code 3.其他：自然人1，…，其他—，总计1}, the row of
   * （六）其他处理 with its list mark dropped) is the row's label, not the 其他 applicants' scope: the row's total is no
   * count of theirs.
   */
  @Test
  void aRowLabelledLikeAColumnIsNoApplicantsScope() {
    assertThat(ApplicantScope.opening("其他:自然人1,商业企业—,科研机构—,社会公益组织—,法律服务机构—,其他—,总计1。")).isNull();
    assertThat(ApplicantScope.opening("其他:一、本年新收政府信息公开申请数量2件,(一)予以公开1件")).isEqualTo("其他:");
  }
}
