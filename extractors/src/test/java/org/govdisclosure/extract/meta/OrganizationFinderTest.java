package org.govdisclosure.extract.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.govdisclosure.extract.ProcessedReport;
import org.govdisclosure.extract.ReportProcessor;
import org.govdisclosure.extract.model.Block;
import org.govdisclosure.extract.model.Document;
import org.govdisclosure.extract.model.Paragraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrganizationFinderTest {

  private static String find(String... paragraphs) {
    Document doc = new Document("text", "UTF-8", List.of(paragraphs).stream().<Block>map(Paragraph::new).toList());
    return OrganizationFinder.find(doc, String.join("\n", paragraphs));
  }

  /**
   * A centre or a hospital the contact line names is the issuer where the report speaks as one (结合我中心实际, 我院…);
   * not where it speaks as something else (我局), which a service centre may answer for.
   */
  @Test
  void aContactLinesCentreIsTheIssuerWhereTheReportSpeaksAsOne() {
    assertThat(find("本报告结合我中心实际撰写。如对本报告有疑问,请与安庆市招商中心办公室联系(电话:0556-5541900)。", "一、总体情况"))
        .isEqualTo("安庆市招商中心");
    assertThat(find("2019年,我院高度重视政府信息公开工作。如对本报告有任何疑问,可与太和县中医院行政办公室联系。", "一、基本情况"))
        .isEqualTo("太和县中医院");
    assertThat(find("2021年,我局高度重视政府信息公开工作。如有疑问,请与太和县政务服务中心联系。", "一、总体情况")).isNull();
  }

  /**
   * The year's subject is the name before the words of its work: 2020年，中南街道认真贯彻落实国务院办公厅…的部署 names the
   * street at work (the division alone, whose office the report is), not a body 中南街道认真贯彻落实国务院办公厅 ending
   * where the next body's name does.
   */
  @Test
  void theYearsSubjectEndsBeforeTheWordsOfItsWork() {
    assertThat(find("一、总体情况", "2020年,中南街道认真贯彻落实国务院办公厅、广东省人民政府办公厅的工作部署和要求,提高思想认识。"))
        .isEqualTo("中南街道");
    assertThat(find("一、总体情况", "2021年,北湖区人民政府全面落实国务院办公厅的工作部署。")).isEqualTo("北湖区人民政府");
  }

  /** A province's general office (办公厅) at its year's work is one body, as a county's 办公室 is. */
  @Test
  void aProvincesGeneralOfficeAtItsWorkIsTheIssuer() {
    assertThat(find("根据《条例》编制本报告。", "一、总体情况", "2025年,辽宁省人民政府办公厅坚持以习近平新时代中国特色社会主义思想为指导。"))
        .isEqualTo("辽宁省人民政府办公厅");
    assertThat(find("根据《条例》编制本报告。", "一、总体情况", "2025年,铁岭县人民政府办公室坚持以习近平新时代中国特色社会主义思想为指导。"))
        .isEqualTo("铁岭县人民政府办公室");
  }

  /**
   * A report speaking as a bureau (我局) that names one placed bureau's website as where it publishes: that bureau;
   * not where it names the websites of two, nor an unplaced one (市大数据发展局网站).
   */
  @Test
  void aBureausOwnWebsiteNamesTheIssuerWhereTheReportSpeaksAsABureau() {
    assertThat(find("一、总体情况", "2020年,我局在百色市投资促进局网站公开信息457条。", "我局积极发挥百色市投资促进局网站和官方微信作用。"))
        .isEqualTo("百色市投资促进局");
    assertThat(find("一、总体情况", "2020年,我局在百色市投资促进局网站公开信息457条,转载百色市商务局网站信息12条。")).isNull();
    assertThat(find("一、总体情况", "2020年,我局在市大数据发展局网站公开信息457条。")).isNull();
    assertThat(find("一、总体情况", "2020年,我院在百色市投资促进局网站公开信息457条。")).isNull();
    // 官网, the short word for its official website
    assertThat(find("报告的电子版可在铜陵市地震局官网(http://dzj.tl.gov.cn)下载。如有疑问,请与我局联系。", "一、总体情况"))
        .isEqualTo("铜陵市地震局");
    // its e-government site (XX局电子政务网)
    assertThat(find("一、总体情况", "为不断加强我局解读回应,通过息烽县统计局电子政务网门户网站发布统计信息127篇。"))
        .isEqualTo("息烽县统计局");
  }

  /**
   * A township the title names after its county's short form (昌江县乌烈镇) and the text prints in full after the
   * county's whole name (昌江黎族自治县乌烈镇人民政府微信公众号): that fullest form; not after another county's name, nor
   * after a place more.
   */
  @Test
  void aTownshipPlacedByItsCountysShortFormIsNamedInFullWhereTheTextSpellsTheCountyOut() {
    assertThat(find("昌江县乌烈镇2019年政府信息公开工作年度报告", "一、总体情况",
        "我镇通过乌烈镇政府门户网站、昌江黎族自治县乌烈镇人民政府微信公众号等方式主动公开本镇的政务信息。"))
        .isEqualTo("昌江黎族自治县乌烈镇人民政府");
    assertThat(find("昌江县乌烈镇2019年政府信息公开工作年度报告", "一、总体情况",
        "我镇学习了儋州市乌烈镇人民政府的做法。"))
        .isEqualTo("昌江县乌烈镇");
    // a place more before it is another form
    assertThat(find("墨脱县德兴乡2022年政府信息公开工作年度报告", "一、总体情况", "林芝市墨脱县德兴乡人民政府认真贯彻落实《条例》。"))
        .isEqualTo("墨脱县德兴乡");
  }

  /**
   * A contact line naming a street alone (请与XX区XX街道联系): its office, where the report speaks as a street; not
   * where it speaks as something else.
   */
  @Test
  void aStreetInTheContactLineNamesItsOfficeWhereTheReportSpeaksAsAStreet() {
    assertThat(find("本年报的电子版可在区政府门户网站查阅。如对本年度报告有疑问,请与呼和浩特市新城区东河街道联系(电话:0471-3698087)。",
        "一、总体情况", "2024年,我街道政务公开工作在区委、区政府的领导下稳步推进。"))
        .isEqualTo("呼和浩特市新城区东河街道办事处");
    assertThat(find("本年报的电子版可在区政府门户网站查阅。如对本年度报告有疑问,请与呼和浩特市新城区东河街道联系(电话:0471-3698087)。",
        "一、总体情况", "2024年,我局政务公开工作在区委、区政府的领导下稳步推进。"))
        .isNull();
  }

  /**
   * A body whose title places it by a county's short form (威海市文登人民政府办公室, 文登 for 文登区) and whose signature
   * prints the same body after the same places in full: that fullest form; not after other places.
   */
  @Test
  void aBodyPlacedByItsCountysShortFormIsNamedInFullWhereTheSignatureSpellsTheCountyOut() {
    assertThat(find("威海市文登人民政府办公室2022年政府信息公开工作年度报告", "一、总体情况", "全年办理答复政府信息公开申请7件。",
        "威海市文登区人民政府办公室", "2023年1月16日"))
        .isEqualTo("威海市文登区人民政府办公室");
    assertThat(find("威海市文登人民政府办公室2022年政府信息公开工作年度报告", "一、总体情况", "全年办理答复政府信息公开申请7件。",
        "威海市环翠区人民政府办公室", "2023年1月16日"))
        .isEqualTo("威海市文登人民政府办公室");
  }

  /**
   * A report speaking as a bureau (我局) that names its own rules on disclosure by title, all of one placed bureau: that
   * bureau; not where the titles name two, nor where the report speaks as something else.
   */
  @Test
  void aBureausOwnRulesNameTheIssuerWhereTheReportSpeaksAsABureau() {
    String rules = "建立了《铜仁市教育局网上信息公开审查制度》、《铜仁市教育局教育信息公开目录》、《铜仁市教育局信息公开保密制度》等工作制度。";
    assertThat(find("一、总体情况", "市教育局高度重视信息公开工作。", rules, "2020年,我局充分利用教育网站发布信息。"))
        .isEqualTo("铜仁市教育局");
    assertThat(find("一、总体情况", "建立了《铜仁市教育局信息公开保密制度》、《铜仁市财政局政务公开工作制度》。", "2020年,我局发布信息。"))
        .isNull();
    assertThat(find("一、总体情况", rules, "2020年,我院发布信息。")).isNull();
    assertThat(find("一、总体情况", "更新《襄阳市生态环境局宜城分局政府信息公开指南》。", "2023年,我局发布信息。"))
        .isEqualTo("襄阳市生态环境局宜城分局");
  }

  /**
   * A national body opening a paragraph at its year's work (国家疾控局坚持以…为指导): the nation is its place, and it
   * is the issuer.
   */
  @Test
  void aNationalBodyAtItsWorkNamesTheIssuer() {
    assertThat(find("一、总体情况", "国家疾控局坚持以习近平新时代中国特色社会主义思想为指导,依法、及时发布政府信息。"))
        .isEqualTo("国家疾控局");
  }

  /**
   * A contact line naming a department's committee by its short name (请与博湖县卫健委办公室联系): that committee, where
   * its words name a line of work; not a party's committee (县委).
   */
  @Test
  void aContactLinesCommitteeByItsShortNameIsTheIssuer() {
    assertThat(find("一、总体情况", "如对本报告有任何疑问,请与博湖县卫健委办公室联系。")).isEqualTo("博湖县卫健委");
    assertThat(find("一、总体情况", "如对本报告有任何疑问,请与博湖县委办公室联系。")).isNull();
  }

  /**
   * A paragraph opening with a placed body at its year's work (衡阳市乡村振兴局认真贯彻…), the year left to the heading:
   * the issuer; not a body named without its place (市乡村振兴局认真贯彻…).
   */
  @Test
  void aParagraphOpeningWithAPlacedBodyAtItsWorkNamesTheIssuer() {
    assertThat(find("编制说明:本年度报告根据相关规定编制。", "一、总体情况", "衡阳市乡村振兴局认真贯彻《条例》的各项要求,不断提升公信力。"))
        .isEqualTo("衡阳市乡村振兴局");
    assertThat(find("编制说明:本年度报告根据相关规定编制。", "一、总体情况", "市乡村振兴局认真贯彻《条例》的各项要求,不断提升公信力。"))
        .isNull();
  }

  /**
   * A site's template printing 人民政府 after the body it serves (今年，政务服务中心人民政府认真贯彻…) gives no fuller form of
   * the title's name: no body is named so.
   */
  @Test
  void aGovernmentPrintedAfterTheTitlesBodyIsNoFullerName() {
    assertThat(find("政务服务中心2020年政府信息公开工作年度报告", "一、总体情况", "今年,政务服务中心人民政府认真贯彻落实《条例》等文件精神。"))
        .isEqualTo("政务服务中心");
  }

  /** Schools and state-owned companies report as bodies of their own: their names end as a school's or a company's. */
  @Test
  void aSchoolOrACompanyIsABody() {
    assertThat(find("2024年,桐乡市水务集团有限公司严格贯彻落实《条例》要求,围绕集团中心工作。", "一、总体情况"))
        .isEqualTo("桐乡市水务集团有限公司");
    assertThat(find("根据《条例》要求,现发布《安徽省涡阳第三中学2022年政府信息公开工作年度报告》。", "一、总体情况"))
        .isEqualTo("安徽省涡阳第三中学");
    assertThat(find("2022年义乌工商职业技术学院信息公开工作年度报告", "一、总体情况")).isEqualTo("义乌工商职业技术学院");
  }

  /**
   * A government's research office (XX市人民政府研究室) is a body of its own: its name does not end at the government
   * before its word.
   */
  @Test
  void aGovernmentsResearchOfficeIsABody() {
    assertThat(find("根据《条例》,青岛市人民政府研究室编制了2022年政府信息公开工作年度报告。", "一、总体情况"))
        .isEqualTo("青岛市人民政府研究室");
  }

  /** A customs' report on its district (广州海关关区2021年…年报) is the customs': the district is no body. */
  @Test
  void aCustomsDistrictsReportIsTheCustoms() {
    assertThat(find("广州海关关区2021年政府信息公开工作年度报告", "一、总体情况")).isEqualTo("广州海关");
  }

  /**
   * A township's own office naming the report (吉村镇人民政府办公室2023年…报告) compiles the township's: its body is the
   * issuer; a county's government office issues reports of its own.
   */
  @Test
  void aTownshipsOwnOfficeNamesTheTownshipsBody() {
    assertThat(find("吉村镇人民政府办公室2023年政府信息公开工作年度报告", "如对本报告有任何疑问,请与大余县吉村镇人民政府党政办公室联系。"))
        .isEqualTo("大余县吉村镇人民政府");
    assertThat(find("厚桥街道党政办公室2023年政府信息公开工作年度报告", "一、总体情况")).isEqualTo("厚桥街道办事处");
    assertThat(find("高平市人民政府办公室2022年政府信息公开工作年度报告", "一、总体情况")).isEqualTo("高平市人民政府办公室");
  }

  /**
   * A contact line naming a township's office under the county's government (请与鄞州区人民政府瞻岐镇办公室联系) sends the
   * reader to the township's own office: the township's government is the issuer, not the county's; a government's
   * working office glued on (外事办公室) is a body of its own.
   */
  @Test
  void aTownshipsOfficeUnderTheCountysGovernmentNamesTheTownship() {
    assertThat(find("2019年,我镇坚持以公开为常态。如对报告有任何疑问,请与鄞州区人民政府瞻岐镇办公室联系,联系电话:0574-88000000。",
        "一、总体情况")).endsWith("瞻岐镇人民政府").doesNotContain("鄞州区人民政府瞻岐镇");
    assertThat(find("如对本报告有疑问,请联系吉林市人民政府外事办公室综合处。", "一、总体情况")).isEqualTo("吉林市人民政府外事办公室");
  }

  /** A place name holding 局 (东局子) in a contact line: the street office the name runs on to, not a bureau cut short. */
  @Test
  void aContactLinesPlaceNameHoldingTheBureauWordRunsOnToTheStreetOffice() {
    assertThat(find("如对本年报有疑问、意见和建议,请联系吉林市昌邑区东局子街道办事处,地址:吉林省吉林市昌邑区欣昌街。", "一、总体情况"))
        .isEqualTo("吉林市昌邑区东局子街道办事处");
    assertThat(find("如对本报告有疑问,请与吉林市昌邑区民政局办公室联系。", "一、总体情况")).isEqualTo("吉林市昌邑区民政局");
  }

  /** A bureau compiling a report it cites by a title naming no body (特编制《江苏省XX市气象部门…报告》) is its issuer. */
  @Test
  void theCompilerOfAReportCitedByATitleNamingNoBodyIsTheIssuer() {
    assertThat(find("根据《条例》的规定,无锡市气象局特编制《江苏省无锡市气象部门2022年政府信息公开工作年度报告》,现将工作开展情况汇报如下:",
        "一、总体情况")).isEqualTo("无锡市气象局");
    assertThat(find("根据《条例》的规定,由无锡市人民政府办公室编制《无锡市人民政府2022年政府信息公开工作年度报告》。", "一、总体情况"))
        .isEqualTo("无锡市人民政府");
  }

  /** A contact line naming a township's party and government office (请与瞻岐镇党政办公室联系): the township's report. */
  @Test
  void aContactLinesTownshipPartyOfficeNamesTheTownship() {
    assertThat(find("本报告中所列数据的统计期限自2023年1月1日至2023年12月31日止。如对本报告有任何疑问,请与瞻岐镇党政办公室联系(地址:"
        + "鄞州区瞻岐镇人民政府,电话:0574-88000000)。", "一、总体情况")).endsWith("瞻岐镇人民政府");
    assertThat(find("如对本报告有任何疑问,请与中河街道党政综合办公室联系。", "一、总体情况")).isEqualTo("中河街道办事处");
    assertThat(find("如对本报告有任何疑问,请与瞻岐镇信息公开领导小组办公室联系。", "一、总体情况")).endsWith("瞻岐镇人民政府");
  }

  /** 由XX区人民政府综合全区各部门…报告编制而成: what the compiler drew the report up from, between its name and the verb. */
  @Test
  void theCompilerDrawingTheReportUpFromOthersIsTheIssuer() {
    assertThat(find("本报告由鄞州区人民政府综合全区各部门和各乡镇政府信息公开工作年度报告和统计数据编制而成。全文包括总体情况。",
        "一、总体情况")).isEqualTo("鄞州区人民政府");
  }

  /**
   * A township's body named in full as the year's subject is the issuer though the gazetteer lacks the township
   * (阿尔善宝力格镇, which it spells 阿尔善宝拉格镇); not a word for all of them (全镇人民政府).
   */
  @Test
  void aTownshipsBodyInFullAsTheYearsSubjectIsTheIssuerUnplaced() {
    assertThat(find("一、总体情况", "2023年,阿尔善宝力格镇人民政府认真贯彻落实《条例》及有关文件要求,坚持依法行政。"))
        .isEqualTo("阿尔善宝力格镇人民政府");
    assertThat(find("一、总体情况", "2023年,全镇人民政府认真贯彻落实《条例》及有关文件要求,坚持依法行政。")).isNull();
  }

  /**
   * A township's name alone as the year's subject, at work under its district's lead (2023年，厚桥街道在区委、区政府的
   * 领导下…), is the township's report though the gazetteer lacks it: its body; not a word for all of them (全镇).
   */
  @Test
  void aTownshipUnknownToTheGazetteerAtTheYearsWorkIsItsBody() {
    assertThat(find("本年度报告由无锡市锡山区人民政府厚桥街道党政办公室综合科编制。", "一、总体情况",
        "2023年,厚桥街道在区委、区政府的领导下,按照政府信息公开工作部署,不断规范政府信息公开内容。"))
        .isEqualTo("厚桥街道办事处");
    assertThat(find("一、总体情况", "2023年,全镇在县委、县政府的领导下,按照政府信息公开工作部署开展工作。")).isNull();
  }

  /**
   * A report speaking as a hospital (我院) that prints its own name only in passing: that hospital; not where it names
   * two hospitals, nor a hospital without its place.
   */
  @Test
  void aHospitalSpeakingAsItselfIsTheOneHospitalItNamesInPassing() {
    assertThat(find("一、总体情况", "2021年我院在信息公开网上发布信息22条。", "同时运用淮北市人民医院微信公众号,及时发布健康宣教信息。"))
        .isEqualTo("淮北市人民医院");
    assertThat(find("一、总体情况", "2021年我院发布信息22条。", "我院与淮北市人民医院、安徽省立医院开展合作。")).isNull();
    assertThat(find("一、总体情况", "2020年,我院发布信息207条。", "2020年,县医院未收到相关政府信息公开申请。")).isNull();
    assertThat(find("一、总体情况", "2021年我局发布信息22条。", "同时运用淮北市人民医院微信公众号发布信息。")).isNull();
  }

  /** A page's metadata printing the body short and in full (发文机关 … 发布机构): its full name. */
  @Test
  void metadataSpellingTheNameOutGivesItInFull() {
    assertThat(find("2021年政府信息公开工作年度报告",
        "索引号:75439382-4/2022-00047 发文机关:保亭县政府办公室 成文日期:2022年01月27日 发布机构:保亭黎族苗族自治县人民政府办公室",
        "一、总体情况")).isEqualTo("保亭黎族苗族自治县人民政府办公室");
  }

  /**
   * XX街 in the title is the street XX街道 (天津's and 北京's way of naming theirs): its office, not an address's
   * XX街 printed with the district before it (地址:天津市东丽区万新街某路); a street the gazetteer does not know stays as
   * printed.
   */
  @Test
  void aStreetPrintedAsJieIsItsJiedao() {
    assertThat(OrganizationFinder.completed(find("万新街2022年政府信息公开工作年度报告",
        "本报告由万新街道办事处负责解释。请与万新街道办事处综合科联系(地址:天津市东丽区万新街某路8号)。")))
        .isEqualTo("万新街道办事处");
    assertThat(OrganizationFinder.completed(find("新立街2023年政府信息公开工作年度报告", "一、总体情况", "2023年我街主动公开文件5份。")))
        .isEqualTo("新立街道办事处");
    assertThat(OrganizationFinder.streetInFull("无名街")).isEqualTo("无名街");
  }

  /** The year's subject after whose lead it worked under (2020年，在…的正确领导下，XX区切实贯彻…): that division's government. */
  @Test
  void theYearsSubjectAfterTheLeadItWorkedUnder() {
    assertThat(OrganizationFinder.completed(find("本报告根据《条例》编制。", "一、概述",
        "2021年,在市委、市政府的坚强领导下,金水区切实推进政务公开,主动公开信息35条。")))
        .isEqualTo("金水区人民政府");
  }

  /** A division's government printed as 政府 in the title (建平乡政府) is its 人民政府. */
  @Test
  void aDivisionsGovernmentPrintedAsZhengfuIsItsRenminZhengfu() {
    assertThat(OrganizationFinder.completed(find("建平乡政府2025年政府信息公开工作年度报告", "一、总体情况")))
        .isEqualTo("建平乡人民政府");
    assertThat(OrganizationFinder.completed("某某局")).isEqualTo("某某局");
  }

  /**
   * A report speaking as its county (2021年，我县…) that names no issuer but the government whose website carries it
   * (可在XX县人民政府(http://…)…获取) is that government's; a department's (我局) is not, nor one of another level.
   */
  @Test
  void theDivisionSpeakingOnItsGovernmentsSite() {
    String site = "本报告的电子版可在兴海县人民政府(http://www.xinghai.gov.cn)政府信息公开年度报告专栏获取。";
    assertThat(find("2021年,我县认真贯彻落实新修订的《条例》。" + site, "一、总体情况")).isEqualTo("兴海县人民政府");
    assertThat(find("2021年,我局认真贯彻落实新修订的《条例》。" + site, "一、总体情况")).isNull();
    assertThat(find("2021年,我区认真贯彻落实新修订的《条例》。" + site, "一、总体情况")).isNull();
  }

  /**
   * A report speaking as its township (2023年，我镇…, or drawn up on its terms: 结合我镇实际编制) that names it only in the
   * titles of its own rules (《XX区XX镇政府信息公开指南》) is that township's government's; not where it speaks as another
   * level, nor for 乡镇 (no name).
   */
  @Test
  void theTownshipNamedByItsOwnRules() {
    String rules = "修改完善了《海口市琼山区三门坡镇政府信息公开指南》等制度。";
    assertThat(find("2023年,我镇认真贯彻落实《条例》。", "一、总体情况", rules)).isEqualTo("海口市琼山区三门坡镇人民政府");
    assertThat(find("本年度报告根据《条例》要求,结合我镇实际编制而成。", "一、总体情况", rules)).isEqualTo("海口市琼山区三门坡镇人民政府");
    assertThat(find("本年度报告根据《条例》要求,结合我局实际编制而成。", "一、总体情况", rules)).isNull();
    assertThat(find("2023年,我局认真贯彻落实《条例》。", "一、总体情况", rules)).isNull();
    assertThat(find("2023年,我乡认真贯彻落实《条例》。", "一、总体情况", rules)).isNull();
    assertThat(find("2023年,我镇认真贯彻落实《条例》。", "一、总体情况", "学习了《某某县乡镇政府信息公开指南》。")).isNull();
  }

  /**
   * A street or zone named only first in the titles of its own documents on disclosure, the report speaking as one:
   * the street's office, the zone as printed in full; not where the titles name two, nor where the report speaks as
   * something else.
   */
  @Test
  void aStreetOrZoneNamedOnlyInTheTitlesOfItsOwnDocuments() {
    String street = "完成《友谊路街道主动公开事项目录》编制,完成《宝山区友谊路街道国民经济和社会发展规划纲要》公开。";
    assertThat(find("一、总体情况", "2025年,街道收到依申请公开政府信息19件。", street)).isEqualTo("友谊路街道办事处");
    assertThat(find("一、总体情况", "2025年,我局收到依申请公开政府信息19件。", street)).isNull();
    assertThat(find("一、总体情况", "2025年,街道收到依申请公开政府信息19件。", street + "印发《吴淞街道政务公开工作要点》。"))
        .isNull();
    String zone = "印发《大连高新区2024年政务公开工作要点及责任分工》,听取了《高新区政务公开工作完成情况》。";
    assertThat(find("一、总体情况", "向市政府门户网站报送我区政务信息88条。", zone)).isEqualTo("大连高新区");
    assertThat(find("一、总体情况", "向市政府门户网站报送我局政务信息88条。", zone)).isNull();
  }

  /**
   * A report naming its issuer nowhere but as the department whose website carries its copy: that department; not a
   * government's portal, which carries its departments' reports too.
   */
  @Test
  void theDepartmentWhoseWebsiteCarriesTheReportsCopy() {
    assertThat(find("政府信息公开工作年报", "本报告电子版可从武汉市发展和改革委员会门户网站(fgw.wuhan.gov.cn)获取。", "一、总体情况"))
        .isEqualTo("武汉市发展和改革委员会");
    assertThat(find("政府信息公开工作年报", "本报告电子版可从武汉市人民政府门户网站(www.wuhan.gov.cn)获取。", "一、总体情况"))
        .isNull();
  }

  /** A short name defined right after the body's in the sentence publishing the report does not hide the body. */
  @Test
  void aShortNameDefinedAfterThePublishedBody() {
    assertThat(find("根据《中华人民共和国政府信息公开条例》规定,现公布清远市清新区人民政府办公室(以下简称区政府办公室)2022年"
        + "政府信息公开工作年度报告。", "一、总体情况")).isEqualTo("清远市清新区人民政府办公室");
  }

  /**
   * A title printing only a department's usual short name (卫健局): the full name it stands for as the text prints it
   * after its places; never one built from the short name, nor a full name of another department.
   */
  @Test
  void aTitlesShortNameIsTheFullNameTheTextPrintsAfterItsPlaces() {
    assertThat(find("卫健局2019年政府信息公开工作年度报告", "一、总体情况", "宁安市卫生健康局是全市卫生健康工作的政府部门。"))
        .isEqualTo("宁安市卫生健康局");
    assertThat(find("卫健局2019年政府信息公开工作年度报告", "一、总体情况", "宁安市卫健局认真贯彻落实条例。")).isNull();
    assertThat(find("卫健局2019年政府信息公开工作年度报告", "一、总体情况", "宁安市民政局认真贯彻落实条例。")).isNull();
  }

  @Test
  void theTitleSubjectMadeFullerByTheBody() {
    assertThat(find("瞻岐镇2020年政府信息公开工作年度报告", "瞻岐镇人民政府2021年1月")).isEqualTo("瞻岐镇人民政府");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      二〇二〇年度岛石镇政府信息公开工作年度报告 | 岛石镇
      戚家山街道政府信息公开工作2020年度报告 | 戚家山街道
      关于公布湖州市吴兴区织里镇2021年度政府信息公开工作年度报告的公告 | 湖州市吴兴区织里镇
      岛石镇人民政府关于2020年度政府信息公开工作年度报告 | 岛石镇人民政府
      【2020年】岛石镇政府信息公开工作年度报告 | 岛石镇
      岛石镇2020年政务公开工作年度报告 | 岛石镇
      岛石镇2020年度政府信息公开年报 | 岛石镇
      2022年度来凤县教育局政府信息公开工作年度报告 | 来凤县教育局
      2022年淮安市人民政府信息公开工作年度报告 | 淮安市人民政府
      淮安市人民政府2022年政府信息公开工作年度报告 | 淮安市人民政府
      某某县财政局关于2022年政府信息公开工作情况的报告 | 某某县财政局
      某某市公共资源交易中心2020年政府信息公开工作的年度报告 | 某某市公共资源交易中心
      某某县财政局关于二〇二二年度政府信息公开工作的报告 | 某某县财政局
      某某县审计局2025年政务信息公开工作开展年度报告 | 某某县审计局
      """)
  void theTitleSubjectWhateverTheTitleWording(String title, String issuer) {
    assertThat(OrganizationFinder.fromTitle(title)).isEqualTo(issuer);
  }

  @Test
  void aTitleRunIntoTheFirstParagraphStillNamesTheIssuer() {
    assertThat(find("安镇街道2024年政府信息公开工作年度报告根据《中华人民共和国政府信息公开条例》(以下简称《条例》)"
        + "和《区政府办公室关于切实做好2024年政府信息公开年度报告编制发布工作的通知》编制。本报告由6个部分组成。"))
        .isEqualTo("安镇街道");
  }

  @Test
  void aLongOpeningIsNotATitle() {
    assertThat(find("根据《中华人民共和国政府信息公开条例》(以下简称《条例》)规定,现公布本机关2020年政府信息公开工作年度报告。"
        + "本报告由总体情况、主动公开政府信息情况等六个部分组成,所列数据的统计期限自2020年1月1日起至2020年12月31日止。"))
        .isNull();
  }

  @Test
  void aTownshipIsNamedInTheFullestFormTheBodyUses() {
    String body = "2020年我街道通过渝中区人民政府大溪沟街道办事处子网站主动公开政府采购19项。大溪沟街道积极推进政务公开。";
    assertThat(OrganizationFinder.township("大溪沟街道", "渝中区", body)).isEqualTo("渝中区人民政府大溪沟街道办事处");
    assertThat(OrganizationFinder.township("中仓街道", null, "2025年中仓街道积极推动。公示了中仓街道办事处2024年度部门决算"))
        .isEqualTo("中仓街道办事处");
    assertThat(OrganizationFinder.township("中村乡", "会昌县", "一年以来,中村乡全面贯彻落实《条例》")).isEqualTo("中村乡");
  }

  /** A division named by its organ (工业园区管委会) printed only as the end of a longer name is another body's. */
  @Test
  void anOrganNamedDivisionInsideALongerNameIsNoTownship() {
    assertThat(OrganizationFinder.township("工业园区管委会", null, "2024年,甘眉工业园区管委会严格落实《条例》")).isNull();
    assertThat(OrganizationFinder.township("工业园区管委会", null, "2024年,工业园区管委会严格落实《条例》")).isEqualTo("工业园区管委会");
    assertThat(OrganizationFinder.township("中村乡", null, "会昌县中村乡全面贯彻落实《条例》")).isEqualTo("中村乡");
  }

  @Test
  void aBreadcrumbBeforeTheTitleIsDroppedAndTheSignatureGivesTheFullerForm() {
    assertThat(find("当前位置:首页>政府信息公开>政府信息公开年报>东风路街道2023年政府信息公开工作年度报告",
        "一、总体情况", "2023年,东风路街道认真贯彻落实《条例》。", "大冶市东风路街道办事处", "2024年1月20日"))
        .isEqualTo("大冶市东风路街道办事处");
  }

  @Test
  void aTitleThatIsOnlyABreadcrumbGivesWayToTheRealTitle() {
    assertThat(find("当前位置：首页 > 政府信息公开 > 年度报告", "梅城镇2022年度政府信息公开工作年度报告", "一、总体情况"))
        .isEqualTo("梅城镇");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      '# 沭阳县人民政府2022年政府信息公开工作年度报告' | 沭阳县人民政府
      《沭阳县人民政府2022年政府信息公开工作年度报告》 | 沭阳县人民政府
      沭阳县人民政府办公室关于印发沭阳县2022年政府信息公开工作年度报告的通知 | 沭阳县人民政府办公室
      '## 2022年黄石市财政局政府信息公开工作年度报告' | 黄石市财政局
      * 梅城镇2022年政府信息公开工作年度报告 | 梅城镇
      标题:梅城镇2022年政府信息公开工作年度报告 | 梅城镇
      名  称 梅城镇2022年政府信息公开工作年度报告 | 梅城镇
      名称:甲乙县人民政府2020年政府信息公开工作年度报告 | 甲乙县人民政府
      """)
  void markdownAndListMarksAreNotPartOfTheName(String title, String issuer) {
    assertThat(OrganizationFinder.fromTitle(title)).isEqualTo(issuer);
  }

  @Test
  void aFragmentInTheTitleGivesWayToTheSignature() {
    assertThat(find("政府2022年政府信息公开工作年度报告", "一、总体情况", "2022年,本机关认真贯彻落实《条例》。", "淮安市人民政府"))
        .isEqualTo("淮安市人民政府");
    assertThat(find("办公室2022年政府信息公开工作年度报告", "一、总体情况", "请与黄石市财政局办公室联系。"))
        .isEqualTo("黄石市财政局");
  }

  @Test
  void noPrintedNameIsNullNotAFragment() {
    assertThat(find("本机关2022年政府信息公开工作年度报告", "一、总体情况", "本机关认真贯彻落实《条例》。", "区政府办公室")).isNull();
  }

  @Test
  void aSignatureFollowedByItsDateOnTheSameLine() {
    assertThat(find("2022年政府信息公开工作年度报告", "一、总体情况", "黄石市财政局2023年1月20日")).isEqualTo("黄石市财政局");
  }

  @Test
  void aProvincialDepartmentOrAnArchiveSignsWithItsOwnWord() {
    assertThat(find("2022年政府信息公开工作年度报告", "一、总体情况", "本机关认真贯彻落实《条例》。", "青海省民政厅", "2023年1月20日"))
        .isEqualTo("青海省民政厅");
    assertThat(find("2022年政府信息公开工作年度报告", "一、总体情况", "本机关认真贯彻落实《条例》。", "获嘉县档案馆", "2023年1月20日"))
        .isEqualTo("获嘉县档案馆");
  }

  @Test
  void aJointPartyAndGovernmentNameGivesTheGovernmentsBody() {
    assertThat(find("某某综合实验区2022年政府信息公开工作年度报告",
        "本报告的电子版可在某某综合实验区党工委管委会门户网站查阅。")).isEqualTo("某某综合实验区管委会");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      梅城镇 | 梅城镇人民政府
      东风路街道 | 东风路街道办事处
      昌吉市阿什里乡 | 昌吉市阿什里乡人民政府
      螅镇 | 螅镇人民政府
      沭阳县 | 沭阳县人民政府
      淮安市 | 淮安市人民政府
      上海市 | 上海市人民政府
      沭阳县人民政府 | 沭阳县人民政府
      黄石市财政局 | 黄石市财政局
      某某综合实验区 | 某某综合实验区
      """)
  void aBareDivisionNameIsCompletedWithItsGovernmentsBody(String printed, String body) {
    assertThat(OrganizationFinder.completed(printed)).isEqualTo(body);
  }

  /** A prefecture (地区) or league (盟) is governed by its administrative office, not by a people's government. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      和田地区 | 和田地区行政公署
      兴安盟 | 兴安盟行政公署
      和田地区行政公署 | 和田地区行政公署
      """)
  void aPrefectureOrLeagueIsCompletedWithItsAdministrativeOffice(String printed, String body) {
    assertThat(OrganizationFinder.completed(printed)).isEqualTo(body);
  }

  @Test
  void aPageCopysPublisherWhenNothingElseNamesTheIssuer() {
    assertThat(find("索引号:11320800014 发布机构:黄石市财政局 发布日期:2023-01-20", "2022年政府信息公开工作年度报告",
        "一、总体情况")).isEqualTo("黄石市财政局");
    assertThat(find("发布时间:2023-01-20 10:58 信息来源:黄石市财政局", "一、总体情况", "2022年,我局未收到政府信息公开申请。"))
        .isEqualTo("黄石市财政局");
  }

  /** A blank metadata field is followed by the next field's label (发布机构: | 是否有效:), which names no one. */
  @Test
  void theNextFieldsLabelAfterABlankPublisherIsNoName() {
    String text = "发布机构: | 是否有效: | ||\n名 称: | 2019年政府信息公开工作年度报告 | ||\n一、总体情况\n"
        + "2019年,我镇认真贯彻落实政府信息各项措施。\n";
    try (ReportProcessor processor = ReportProcessor.withRegistered()) {
      assertThat(processor.process("meta.txt", text.getBytes(StandardCharsets.UTF_8)).organization()).isNull();
    }
  }

  /**
   * The metadata and contact lines are searched from the first of their opening words on: the earliest line names the
   * issuer whichever of the words opens it, however far into the text it stands.
   */
  @Test
  void theEarliestMetadataLineNamesTheIssuerWhicheverWordOpensIt() {
    String opening = "一、总体情况" + "本年度持续推进政务公开。".repeat(40);
    assertThat(find("2022年政府信息公开工作年度报告", opening, "发布单位:甲乙县水务局 发布日期:2023-01-20",
        "发布机构:丙丁县财政局 发布日期:2023-01-21")).isEqualTo("甲乙县水务局");
    assertThat(find("2022年政府信息公开工作年度报告", opening, "如有疑问，请与戊己县审计局联系。", "发文机关:丙丁县财政局"))
        .isEqualTo("戊己县审计局");
    assertThat(find("2022年政府信息公开工作年度报告", opening, "发布日期:2023-01-20")).isNull();
  }

  /** A page copy whose metadata table alone prints the issuer's places: the title's 太平镇 is named in full from it. */
  @Test
  void thePublisherInAPageCopysMetadataTableGivesTheFullestName() {
    String html = "<html><body><table><tr><td>索引号：</td><td>000/2023-001</td></tr><tr><td>发布机构：</td>"
        + "<td>长春市双阳区太平镇人民政府</td></tr></table><h1>太平镇政府信息公开工作年度报告</h1>"
        + "<p>本报告统计期限自2022年1月1日起至2022年12月31日止。</p><p>一、总体情况</p><p>本年度，太平镇持续推进政务公开。</p></body></html>";
    try (ReportProcessor processor = ReportProcessor.withRegistered()) {
      ProcessedReport r = processor.process("meta.html", html.getBytes(StandardCharsets.UTF_8));

      assertThat(r.organization()).isEqualTo("长春市双阳区太平镇人民政府");
      assertThat(r.region().countyName()).isEqualTo("双阳区");
    }
  }

  /** A title printing only the year: links to other issuers' reports above it name no issuer of this one. */
  @Test
  void linksAboveATitleWithoutANameAreNotTheIssuerTheOpeningNamesIt() {
    assertThat(find("相关链接", "代县人民政府2020年政府信息公开工作年度报告", "2021年度政府信息公开工作年度报告",
        "根据《条例》和上级有关要求,宁武县卫生健康局编制了本年度报告。", "一、总体情况"))
        .isEqualTo("宁武县卫生健康局");
    assertThat(find("2021年度政府信息公开工作年度报告", "根据《条例》的规定,现公布宁武县民政局2021年政府信息公开工作年度报告。"))
        .isEqualTo("宁武县民政局");
    assertThat(find("根据《条例》的有关规定,现向社会公布2021年宁武县民政局政府信息公开工作年度报告。本报告由总体情况等组成。",
        "一、总体情况", "2021年,我局主动公开信息27条。"))
        .isEqualTo("宁武县民政局");
  }

  /**
   * A committee by its short name (…卫生健康委, 委 for 委员会) in the sentence publishing the report names the issuer;
   * 编制并向社会公布 is two verbs before the name, none of it.
   */
  @Test
  void aCommitteeByItsShortNamePublishingTheReportIsTheIssuer() {
    assertThat(find("一、总体情况", "根据《条例》要求,结合我委实际,编制并向社会公布甲乙州卫生健康委2021年度政府信息公开年度报告。"))
        .isEqualTo("甲乙州卫生健康委");
    assertThat(find("一、总体情况", "根据《条例》要求,编制并向社会公布甲乙县民政局2021年度政府信息公开年度报告。"))
        .isEqualTo("甲乙县民政局");
  }

  /** The report published under its title in book-title marks: 现发布《XX局2021年政府信息公开工作年度报告》. */
  @Test
  void theOpeningPublishingTheReportUnderItsTitleInMarksNamesTheIssuer() {
    assertThat(find("—、总体情况", "根据《条例》规定和国办公开办函〔2021〕30号要求,现发布《平安县水利局2021年政府信息公开工作年度报告》,"
        + "本报告统计数据从2021年1月1日至2021年12月31日。")).isEqualTo("平安县水利局");
  }

  /** A signature over its date stays one below the page's links and footer (which names the site's owner alone). */
  @Test
  void aDatedSignatureAbovePageFurnitureNamesTheIssuer() {
    assertThat(find("2021年度政府信息公开工作年度报告", "一、总体情况", "2021年,本机关主动公开政府信息37条。",
        "六、其他需要报告的事项", "无。", "宁武县卫生健康局", "2022年1月20日", "附件:年报.pdf",
        "上一篇:2020年度代县民政局政府信息公开工作年度报告", "下一篇:2019年度代县民政局政府信息公开工作年度报告",
        "相关链接", "宁武县人民政府"))
        .isEqualTo("宁武县卫生健康局");
  }

  /** A township printed by its name alone, in the opening's sentence or over the signature's date. */
  @Test
  void aTownshipNamedAloneInTheOpeningOrOverTheDateIsTheIssuer() {
    assertThat(find("2021年度政府信息公开工作年度报告", "根据《条例》和上级有关要求,林冲镇编制了本年度报告。", "一、总体情况"))
        .isEqualTo("林冲镇");
    assertThat(find("2021年度政府信息公开工作年度报告", "一、总体情况", "2021年,我镇主动公开政府信息37条。", "林冲镇",
        "2022年1月20日", "相关链接", "2020年度代县民政局政府信息公开工作年度报告"))
        .isEqualTo("林冲镇");
  }

  /**
   * A title over two lines, the issuer's name alone on the first, perhaps after the year or before it; a column's
   * name above (政府信息公开), which the title also starts with, is not the title's first line.
   */
  @Test
  void theNameAloneOverATitleThatNamesNoneIsTheIssuer() {
    assertThat(find("甲乙市卫生健康局", "2023年政府信息公开工作年度报告", "一、总体情况", "2023年,我局主动公开政府信息12条。"))
        .isEqualTo("甲乙市卫生健康局");
    assertThat(find("2021年甲乙市丙丁区建设和管理委员会", "政府信息公开工作年度报告", "一、总体情况"))
        .isEqualTo("甲乙市丙丁区建设和管理委员会");
    assertThat(find("政府信息公开", "甲乙市人民政府办公室2022", "政府信息公开工作年度报告", "一、总体情况"))
        .isEqualTo("甲乙市人民政府办公室");
    assertThat(find("信息公开年度报告", "2023年政府信息公开工作年度报告", "一、总体情况")).isNull();
  }

  /**
   * A title over two lines, a division's name and the year on the first (沭阳县2023年 / 政府信息公开工作年度报告): the
   * division's government, not a department the contact line names; a name the gazetteer has no division for is none.
   */
  @Test
  void aDivisionAndTheYearOverATitleThatNamesNoneIsItsGovernment() {
    String contact = "如对本年度报告有疑问,请与沭阳县政务服务管理办公室联系(电话:0527-1234567)";
    assertThat(OrganizationFinder.completed(find("沭阳县2023年", "政府信息公开工作年度报告", contact, "一、总体情况")))
        .isEqualTo("沭阳县人民政府");
    assertThat(find("甲乙县2023年", "政府信息公开工作年度报告", contact, "一、总体情况")).isNotEqualTo("甲乙县");
  }

  /**
   * A division's name alone over a title that starts with the year (临夏回族自治州广河县 / 2024年政府信息公开工作年度报告),
   * as a page repeats its title under its heading: the division's government.
   */
  @Test
  void aDivisionAloneOverATitleStartingWithTheYearIsItsGovernment() {
    assertThat(OrganizationFinder.completed(find("临夏回族自治州广河县2024年政府信息公开工作年度报告", "来源:广河县人民政府办公室",
        "临夏回族自治州广河县", "2024年政府信息公开工作年度报告", "一、总体情况"))).isEqualTo("临夏回族自治州广河县人民政府");
    assertThat(find("甲乙县", "2024年政府信息公开工作年度报告", "一、总体情况")).isNull();
  }

  /** A managing office (湿地公园管理处, 公路管理处) issues its own reports: its name over the title is the issuer. */
  @Test
  void aManagingOfficeOverTheTitleIsTheIssuer() {
    assertThat(find("首页 > 县政府直属事业机构 > 甲乙湿地公园管理处 > 政府信息公开年报", "甲乙湿地公园管理处",
        "2020年政府信息公开年度报告", "一、总体情况")).isEqualTo("甲乙湿地公园管理处");
    assertThat(OrganizationFinder.fromTitle("甲乙市公路管理处2020年政府信息公开工作年度报告")).isEqualTo("甲乙市公路管理处");
  }

  /** A byline of the date and time then a body's name, under a title naming the body by a short name, names the issuer. */
  @Test
  void aDatedBylineNamesTheIssuer() {
    assertThat(find("市某管局2021年政府信息公开工作年度报告", "2022-01-25 14:48 甲乙市住房保障和房屋管理局", "一、总体情况"))
        .isEqualTo("甲乙市住房保障和房屋管理局");
    assertThat(find("2021年政府信息公开工作年度报告", "2022-01-25 14:48 点击数:12", "一、总体情况")).isNull();
  }

  /** A title naming a body's organs (XX区人民政府机关), on one line or over two: the issuer is the body itself. */
  @Test
  void aBodysOrgansInTheTitleAreTheBody() {
    assertThat(find("甲乙市丙丁区人民政府机关", "2020年政府信息公开工作年度报告", "一、总体情况")).isEqualTo("甲乙市丙丁区人民政府");
    assertThat(OrganizationFinder.fromTitle("甲乙市丙丁区人民政府机关2020年政府信息公开工作年度报告")).isEqualTo("甲乙市丙丁区人民政府");
    assertThat(OrganizationFinder.fromTitle("甲乙市机关事务管理局2020年政府信息公开工作年度报告")).isEqualTo("甲乙市机关事务管理局");
  }

  /**
   * The sentence publishing the report names its issuer; the contact line may name only the office answering for it
   * (a government's office for the government's report, or for its own).
   */
  @Test
  void theSentencePublishingTheReportOutranksTheContactLine() {
    assertThat(find("2023年政府信息公开工作年度报告", "根据《条例》要求,现公布《甲乙市丙丁区人民政府办公室2023年政府信息公开工作年度报告》。"
        + "如对本年报有任何疑问,请与甲乙市丙丁区人民政府办公室联系,联系电话:0000-1234567。", "一、总体情况"))
        .isEqualTo("甲乙市丙丁区人民政府办公室");
    assertThat(find("2024年政府信息公开工作年度报告", "根据《条例》有关要求,现将甲乙县人民政府2024年政府信息公开工作年度报告予以公开。"))
        .isEqualTo("甲乙县人民政府");
  }

  /**
   * The sentence compiling the report found past the opening, far from the verb: a name of 32 characters and what the
   * report was drawn up on between the comma that opens the sentence and 编制 (the whole body is searched from a little
   * before the first verb on, never from after the sentence's start).
   */
  @Test
  void aCompilingSentencePastTheOpeningIsFoundFromFarBeforeItsVerb() {
    List<String> paragraphs = new ArrayList<>(List.of("一、总体情况"));
    for (int i = 0; i < 12; i++) {
      paragraphs.add("2021年,本机关主动公开政府信息" + (30 + i) + "条,依申请公开政府信息" + i + "条。");
    }
    paragraphs.add("按照上级要求,新疆维吾尔自治区伊犁哈萨克自治州察布查尔锡伯自治县人民政府办公室结合本单位工作实际和上级要求,编制了本年度报告。");
    assertThat(find(paragraphs.toArray(String[]::new))).isEqualTo("新疆维吾尔自治区伊犁哈萨克自治州察布查尔锡伯自治县人民政府办公室");
  }

  /**
   * A compiler naming its report by its own name without the place (宣恩县教育局编制了县教育局2020年…报告) compiles its
   * own report; an office compiling its government's report (XX县人民政府办公室编制了XX县人民政府…报告) does not.
   */
  @Test
  void aCompilerNamingItsReportByItsNameShortenedIsTheIssuer() {
    assertThat(find("根据《条例》及上级有关规定,宣恩县教育局编制了县教育局2020年政府信息公开工作年度报告。本报告由总体情况等组成。",
        "一、总体情况"))
        .isEqualTo("宣恩县教育局");
    assertThat(find("根据《条例》要求,甲乙县人民政府办公室编制了甲乙县人民政府2020年政府信息公开工作年度报告。", "一、总体情况"))
        .isEqualTo("甲乙县人民政府");
  }

  /** A paragraph of the opening starting with a body guided by the Party's thought (国家XX局以…为指导) is the issuer's at work. */
  @Test
  void aBodyGuidedByThePartysThoughtOpeningAParagraphIsTheIssuer() {
    assertThat(find("根据《条例》要求,编制本年度报告。报告中所列数据的统计期限为2022年1月1日至12月31日。", "一、总体情况",
        "国家中医药管理局以习近平新时代中国特色社会主义思想为指导,全面贯彻党的二十大精神,准确执行《条例》。"))
        .isEqualTo("国家中医药管理局");
  }

  /** A ministry compiling the report of 本级行政机关, the 条例's words for itself, is the issuer (交通运输部编制了…). */
  @Test
  void aMinistryCompilingItsOwnLevelsReportIsTheIssuer() {
    assertThat(find("按照《条例》(以下简称《条例》),交通运输部编制了本级行政机关2019年政府信息公开工作年度报告。如对本报告有疑问,"
        + "请与交通运输部政府信息公开办公室联系。", "一、总体情况", "2019年,交通运输部坚持以习近平新时代中国特色社会主义思想为指导。"))
        .isEqualTo("交通运输部");
  }

  /**
   * The sentence publishing the report names it also when it publishes (公开《…》) or compiles (我乡编制了…) it under its
   * title, or calls it a 信息公开 report: before a contact line that prints a city's government glued to the issuer's.
   */
  @Test
  void theReportPublishedOrCompiledUnderItsTitleNamesTheIssuer() {
    assertThat(find("一、总体情况", "按照《条例》的要求,现向社会公开《甲乙市人民政府2023年度政府信息公开工作年度报告》。"))
        .isEqualTo("甲乙市人民政府");
    assertThat(find("一、总体情况", "根据《条例》要求,向社会公布丙丁区人民政府2021年度信息公开工作年度报告。")).isEqualTo("丙丁区人民政府");
    assertThat(find("按照上级文件要求,我乡编制了甲乙市丙丁区戊己乡人民政府2020年政府信息公开工作年度报告。如对本年报有疑问,"
        + "请联系甲乙市人民政府丙丁区戊己乡人民政府,电话:0000-1234567。", "一、总体情况"))
        .isEqualTo("甲乙市丙丁区戊己乡人民政府");
  }

  /**
   * A government's general office is one body: the opening's subject of the year's work, and the issuer rather than
   * the government a contact line names (请与XX区人民政府办公室联系) when the office is that subject; the office that
   * only compiled the report (由…办公室编制) leaves the government the issuer.
   */
  @Test
  void aGovernmentsOfficeAsTheYearsSubjectIsTheIssuer() {
    assertThat(find("本报告根据《条例》编制。", "一、总体情况", "2022年,嘉兴市秀洲区人民政府办公室严格贯彻落实《条例》。"))
        .isEqualTo("嘉兴市秀洲区人民政府办公室");
    assertThat(find("本报告由嘉兴市秀洲区人民政府办公室编制。如对本报告有疑问,请与嘉兴市秀洲区人民政府办公室联系。", "一、总体情况",
        "2021年,嘉兴市秀洲区人民政府办公室认真贯彻落实《条例》。")).isEqualTo("嘉兴市秀洲区人民政府办公室");
    assertThat(find("本报告由嘉兴市秀洲区人民政府办公室编制。如对本报告有疑问,请与嘉兴市秀洲区人民政府办公室联系。", "一、总体情况",
        "2021年,秀洲区全面推进政务公开。")).isEqualTo("嘉兴市秀洲区人民政府");
    // the office by its level alone (区政府办) as the subject of the year's figures
    assertThat(find("本报告依据《条例》编制。如有疑问,请联系:嘉兴市秀洲区人民政府办公室,电话:0000-1234567。", "一、总体情况",
        "2023年,区政府办共受理政府信息公开申请3件。")).isEqualTo("嘉兴市秀洲区人民政府办公室");
    assertThat(find("本报告依据《条例》编制。如有疑问,请联系:嘉兴市秀洲区人民政府办公室,电话:0000-1234567。", "一、总体情况",
        "2023年,县政府办共受理政府信息公开申请3件。")).isEqualTo("嘉兴市秀洲区人民政府");
    // the office speaking of itself (我办), which no government does; 本办法 is a rule's
    assertThat(find("本报告结合我办政府信息公开工作有关统计数据编写。如有疑问,请与甲乙区人民政府办公室联系。", "一、总体情况",
        "2025年,我办共收到政府信息公开申请12件。")).isEqualTo("甲乙区人民政府办公室");
    assertThat(find("本报告依据本办法编制。如有疑问,请与甲乙区人民政府办公室联系。", "一、总体情况",
        "2025年,全区共收到政府信息公开申请12件。")).isEqualTo("甲乙区人民政府");
  }

  /**
   * A province's or a large city's general office is its 办公厅: the contact line's office word names it where the
   * opening makes the office the subject of the year's work (今年以来，市政府办公厅…, the year left unsaid); the
   * government where the opening speaks of the city.
   */
  @Test
  void aGovernmentsGeneralOfficeIsTheIssuerUnderTheWordTheContactLinePrints() {
    String contact = "本报告根据《条例》编制。如对本报告有任何疑问,请与青岛市人民政府办公厅联系(地址:青岛市市南区香港中路11号)。";
    assertThat(find(contact, "一、总体情况", "今年以来,市政府办公厅以品牌为引领,推动政务公开实现新作为。"))
        .isEqualTo("青岛市人民政府办公厅");
    assertThat(find(contact, "一、总体情况", "2022年,市政府办公厅通过政务网发布政府信息490余条。"))
        .isEqualTo("青岛市人民政府办公厅");
    assertThat(find(contact, "一、总体情况", "今年以来,全市持续深化政务公开。")).isEqualTo("青岛市人民政府");
  }

  /**
   * A committee by its usual short name as the year's subject (2024年，天津市住建委坚持…) is the issuer as printed, the
   * words before 委 naming a line of work; a party's committee (县委) is none.
   */
  @Test
  void aCommitteesShortNameAtTheYearsWorkIsTheIssuerAsPrinted() {
    assertThat(find("一、总体情况", "2024年,天津市住建委坚持以新时代思想为指导,认真贯彻落实《条例》。")).isEqualTo("天津市住建委");
    assertThat(find("一、总体情况", "今年以来,宁波市卫健委认真贯彻落实《条例》。")).isEqualTo("宁波市卫健委");
    assertThat(find("一、总体情况", "2024年,宁海县委坚持以新时代思想为指导,认真贯彻落实《条例》。")).isNull();
  }

  /**
   * The title's street office with its places (甲市乙区丙丁街道办事处) and the opening's fuller form with the district's
   * government between (甲市乙区人民政府丙丁街道办事处): the fuller; not a form naming other places.
   */
  @Test
  void theOpeningsFullerFormOfTheTitlesPlacedNameIsTheIssuers() {
    assertThat(find("厦门市思明区中华街道办事处2020年政府信息公开工作年度报告",
        "本报告总结厦门市思明区人民政府中华街道办事处2020年政府信息公开工作情况。", "一、总体情况"))
        .isEqualTo("厦门市思明区人民政府中华街道办事处");
    assertThat(find("厦门市思明区中华街道办事处2020年政府信息公开工作年度报告",
        "本报告由湖里区人民政府中华街道办事处转载。", "一、总体情况"))
        .isEqualTo("厦门市思明区中华街道办事处");
  }

  /** A leading group's office that compiles the report for its body is not the issuer. */
  @Test
  void aLeadingGroupsOfficeIsNoIssuer() {
    assertThat(find("本报告由甲乙市丙丁区政务公开工作领导小组办公室编制。如对报告有任何疑问,请与丙丁区政务公开工作领导小组办公室联系。",
        "一、总体情况", "丙丁区人民政府成立了政务公开工作领导小组。")).isNull();
  }

  /** A contact line printing a township's government right after the city's names the township's. */
  @Test
  void aContactLinesGovernmentGoesOnToTheBodyPrintedUnderIt() {
    assertThat(find("一、总体情况", "如对本年报有疑问,请联系长春市人民政府双阳区太平镇人民政府,电话:0000-1234567。"))
        .isEqualTo("长春市人民政府双阳区太平镇人民政府");
    assertThat(find("一、总体情况", "如对本年报有疑问,请与长春市双阳区人民政府办公室联系,电话:0000-1234567。"))
        .isEqualTo("长春市双阳区人民政府");
  }

  /** A township's party committee and government as the year's subject (XX街道党工委、办事处) name the township. */
  @Test
  void aTownshipsCommitteeAndGovernmentAsTheYearsSubjectNameTheTownship() {
    assertThat(find("本年度报告根据《条例》编制。", "一、总体情况", "2025年,新塍镇党委、政府按照区委部署推进政务公开。"))
        .isEqualTo("新塍镇");
    assertThat(find("本年度报告根据《条例》编制。", "一、总体情况", "2025年,王店镇党委按照部署推进政务公开。")).isNull();
  }

  /** A page's title label with no colon (标 题, its spaces folded away) is no part of the name, and marks the title. */
  @Test
  void aTitleLabelWithoutItsColonMarksTheTitle() {
    assertThat(find("标题甲乙县审计局2025年政府信息公开工作年度报告", "索引号000/2026-00021", "甲乙县审计局2025年政府信息",
        "公开工作年度报告", "一、总体情况")).isEqualTo("甲乙县审计局");
  }

  /** A title naming its body by level alone (市…中心 on a city's site) takes the name as the text prints it, placed. */
  @Test
  void aTitleNamingItsBodyByLevelAloneTakesThePlacedNameFromTheText() {
    assertThat(find("市住房公积金管理中心某某分中心2022年政府信息公开工作年度报告",
        "为全面贯彻落实《条例》,台州市住房公积金管理中心某某分中心认真开展各项工作,现将2022年度工作开展情况报告如下。", "一、总体情况"))
        .isEqualTo("台州市住房公积金管理中心某某分中心");
    assertThat(find("市住房公积金管理中心2022年政府信息公开工作年度报告", "一、总体情况", "本中心认真贯彻落实《条例》。")).isNull();
    // the place of that level the opening makes the year's subject, where the text never prints the name placed
    assertThat(find("县人民政府办公室2021年政府信息公开工作年度报告", "一、总体情况", "2021年,湟源县始终坚持推进政务公开。"))
        .isEqualTo("湟源县人民政府办公室");
    assertThat(find("县人民政府办公室2021年政府信息公开工作年度报告", "一、总体情况", "2021年,全县上下推进政务公开。")).isNull();
    assertThat(find("县政府办2022年度政府信息公开工作年度报告", "一、总体情况", "2022年,府谷县人民政府办公室严格贯彻落实《条例》。"))
        .isEqualTo("府谷县人民政府办公室");
  }

  /**
   * Without a title naming it, the opening names the issuer: with words between its name and 编制, as the subject of
   * the year's work, or as the one whose disclosure work is done; each a name starting with a place and naming one
   * body (由…人民政府…党政办公室编制 names an office of a body; 全区政务公开工作… names none).
   */
  @Test
  void theOpeningNamesTheIssuerAsItsSubject() {
    assertThat(find("本年度报告根据《条例》要求,由嘉兴市秀洲区统计局按照2022年政府信息公开工作实际编制。", "一、总体情况"))
        .isEqualTo("嘉兴市秀洲区统计局");
    assertThat(find("本报告根据《条例》编制。", "一、总体情况", "2022年,嘉兴市秀洲区统计局以新时代思想为指导,推进政务公开。"))
        .isEqualTo("嘉兴市秀洲区统计局");
    assertThat(find("为认真做好嘉兴市秀洲区统计局政府信息公开工作,我局按照《条例》要求,精心组织。", "一、总体情况"))
        .isEqualTo("嘉兴市秀洲区统计局");
    assertThat(find("本年度报告由嘉兴市秀洲区人民政府新城街道党政办公室编制。", "一、总体情况")).isNull();
    assertThat(find("本报告根据《条例》编制。", "一、总体情况", "2022年,全区政务公开工作在区政府办公室指导下有序开展。")).isNull();
  }

  /** A flipbook's page label before the title (Page 3 - …) is page furniture. */
  @Test
  void aFlipbooksPageLabelBeforeTheTitleIsDropped() {
    assertThat(find("Page 3 - 嘉兴市秀洲区统计局2022年政府信息公开工作年度报告", "P. 3", "一、总体情况")).isEqualTo("嘉兴市秀洲区统计局");
  }

  @Test
  void aFirstParagraphCitingLawsIsNoName() {
    assertThat(find("根据《中华人民共和国政府信息公开条例》和《中华人民共和国政府信息公开工作年度报告格式》要求,特编制完成本报告。",
        "一、工作概述", "2025年,肥西县林业局坚持以《条例》为遵循,持续深化政务公开。"))
        .isEqualTo("肥西县林业局");
  }

  @Test
  void aZoneCommitteesDepartmentIsTheIssuerNotTheCommittee() {
    assertThat(find("2022年,合肥高新技术产业开发区管委会财政局认真落实《条例》,现向社会公布本年度报告。"))
        .isEqualTo("合肥高新技术产业开发区管委会财政局");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      本报告根据《条例》要求,由长丰县人民医院编制。全文由六部分组成。 | 长丰县人民医院
      本年度报告由肥东县教育局根据《某某市人民政府办公厅关于做好2023年政务公开工作总结和2024年工作思路的通知》《关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》要求编制而成。 | 肥东县教育局
      (一)主动公开情况。2022年巢湖市教育局全面贯彻落实《条例》精神,全年公开各类信息10条。 | 巢湖市教育局
      庐江县医疗保障局2023年为深入推进政府信息公开工作,认真贯彻落实《条例》。 | 庐江县医疗保障局
      本报告依据《条例》编制。如本报告有疑问,请联系:蜀山区统计局党政办公室,电话:0551-1234567。 | 蜀山区统计局
      根据《条例》要求,长丰县教育体育局现向社会公开《2023年政府信息公开工作年度报告》。如有异议,请联系长丰县教体局。 | 长丰县教育体育局
      """)
  void theOpeningOrContactNamesTheIssuer(String opening, String issuer) {
    assertThat(find("一、总体情况", opening)).isEqualTo(issuer);
  }

  /** A body publishing its report to the public (向社会公布2021年度…报告), 现 and 《 left out, is the issuer. */
  @Test
  void aBodyPublishingItsReportToThePublicIsTheIssuer() {
    assertThat(find("郑州高新区沟赵办事处向社会公布2021年度本级政府信息公开年度报告。本报告全文由六个部分组成。", "一、总体情况"))
        .isEqualTo("郑州高新区沟赵办事处");
  }

  /** The opening compiling the report under a division's name alone names that division's government. */
  @Test
  void theOpeningCompilingTheReportUnderADivisionsNameNamesItsGovernment() {
    assertThat(OrganizationFinder.completed(find("根据《条例》的规定,编制大理白族自治州2023年政府信息公开工作年度报告。", "一、总体情况")))
        .isEqualTo("大理白族自治州人民政府");
  }

  /** A division's name alone as the subject of the year's work names its government; a word that goes on does not. */
  @Test
  void aDivisionAloneAsTheSubjectOfTheYearsWorkNamesItsGovernment() {
    assertThat(OrganizationFinder.completed(find("一、总体情况", "2021年,海珠区认真贯彻落实《条例》,不断拓展公开内容。")))
        .isEqualTo("海珠区人民政府");
    assertThat(find("一、总体情况", "2021年,海珠区政务公开工作认真落实《条例》。")).isNull();
  }

  /** A government's general office as the opening's subject is not the government (XX省人民政府|办公厅). */
  @Test
  void aGovernmentsGeneralOfficeIsNotTheGovernment() {
    assertThat(find("一、总体情况", "2020年,湖南省人民政府办公厅认真落实条例和国、省有关政务公开的决策部署。"))
        .isNotEqualTo("湖南省人民政府");
  }

  /** A contact line naming a street office under its district's government names it whole, not the government. */
  @Test
  void aContactLineNamesAStreetOfficeUnderItsDistrictsGovernmentWhole() {
    assertThat(find("一、总体情况", "如对本报告有疑问,请联系:杭州市西湖区人民政府灵隐街道办事处;联系电话:0000-1234567。"))
        .isEqualTo("杭州市西湖区人民政府灵隐街道办事处");
    assertThat(find("一、总体情况", "如对本报告有疑问,请与杭州市西湖区人民政府办公室联系,电话:0000-1234567。"))
        .isEqualTo("杭州市西湖区人民政府");
  }

  /** The opening defining the title's name as short for a full one (…办公室(以下简称…办)) names the issuer in full. */
  @Test
  void theFullNameTheOpeningDefinesTheTitlesShortNameAsIsTheIssuer() {
    assertThat(find("自治区某某办2022年政府信息公开工作年度报告",
        "本年度报告根据《条例》要求,由广西壮族自治区某某经济区规划建设管理办公室(以下简称自治区某某办)编制。"))
        .isEqualTo("广西壮族自治区某某经济区规划建设管理办公室");
    // a definition of another name (《条例》) is not the issuer's
    assertThat(find("自治区某某办2022年政府信息公开工作年度报告", "根据《中华人民共和国政府信息公开条例》(以下简称《条例》)编制。"))
        .isEqualTo("自治区某某办");
  }

  @Test
  void theFullNameTheReportIsPublishedUnderOutranksTheTitlesAbbreviation() {
    assertThat(find("芜湖高新区2022年政府信息公开工作年度报告",
        "根据《条例》要求,现发布《芜湖高新技术产业开发区管理委员会2022年政府信息公开工作年度报告》。",
        "(二)依申请公开情况。2022年度,芜湖高新区管委会受理申请3件。"))
        .isEqualTo("芜湖高新技术产业开发区管理委员会");
    assertThat(OrganizationFinder.abbreviates("芜湖高新区管委会", "芜湖市人民政府办公室")).isFalse();
  }

  /**
   * A bureau's branch printed right after the bureau in the contact line (请与XX市公安局YY区分局联系) is the issuer, not
   * the city's bureau its name starts with; a 分局 further on in the same run of words (联系我局下属各分局) is none.
   */
  @Test
  void aBranchPrintedAfterItsBureauInTheContactLine() {
    assertThat(find("本报告依据《条例》编制。如有疑问,请与宁波市公安局鄞州区分局联系,电话:0574-0000000。", "一、总体情况"))
        .isEqualTo("宁波市公安局鄞州区分局");
    assertThat(find("本报告依据《条例》编制。如有疑问,请与宁波市自然资源局联系我局下属各分局。", "一、总体情况"))
        .isEqualTo("宁波市自然资源局");
  }

  /** The contact line spelling out the name the title abbreviates (高新区 of 高新技术产业开发区): the full name. */
  @Test
  void theContactLineSpellsOutTheTitlesAbbreviation() {
    assertThat(find("泰安市公安局高新区分局2022年政府信息公开工作年度报告",
        "如有疑问,请与泰安市公安局高新技术产业开发区分局(以下简称分局)联系。", "一、总体情况"))
        .isEqualTo("泰安市公安局高新技术产业开发区分局");
  }

  /** The year's subject since the year's start (2023年以来，XX局…; 今年以来，XX局…) names the issuer as 2023年，XX局… does. */
  @Test
  void theYearsSubjectSinceItsStart() {
    assertThat(find("本报告根据《条例》编制。", "一、总体情况", "2023年以来,泸州市统计局认真落实《条例》,主动公开信息12条。"))
        .isEqualTo("泸州市统计局");
    assertThat(find("一、总体情况", "今年以来,平阳县审计局认真贯彻落实《条例》,主动公开信息9条。"))
        .isEqualTo("平阳县审计局");
  }

  /** 现将XX局政府信息公开工作2024年度工作情况报告如下: the body before the work and its year publishes the report. */
  @Test
  void theBodyWhoseWorkOfTheYearIsReported() {
    assertThat(find("统计局2024年政府信息公开工作年度报告", "现将龙泉驿区统计局政府信息公开工作2024年度工作情况报告如下:", "一、总体情况"))
        .isEqualTo("龙泉驿区统计局");
  }

  /** 编制并向社会公开XX局2023年度…报告: the second verb is 公开 too, none of it the name. */
  @Test
  void compiledAndMadePublicNamesTheBodyNotTheVerbs() {
    assertThat(find("一、总体情况", "根据《条例》有关规定,我局编制并向社会公开甲乙市医疗保障局2023年度政府信息公开工作年度报告。"))
        .isEqualTo("甲乙市医疗保障局");
  }

  /** 可与XX局办公室联系 and 或直接与XX局办公室联系 are contact lines as 请与…联系 is. */
  @Test
  void aContactLineOpenedWithKeYuOrZhiJieYu() {
    assertThat(find("一、总体情况", "本报告电子版可在门户网站下载。如对本报告有疑问,可与甲乙市市场监督管理局办公室联系(电话:0000-1234567)。"))
        .isEqualTo("甲乙市市场监督管理局");
    assertThat(find("一、总体情况", "本年度报告可在网站查阅或直接与丙丁县文化广电和旅游局办公室联系(电话:0000-7654321)。"))
        .isEqualTo("丙丁县文化广电和旅游局");
  }

  /** A national administration's local bureau printed right after it in a contact line: the bureau, not the administration. */
  @Test
  void aNationalAdministrationsLocalBureauInAContactLine() {
    assertThat(find("一、总体情况", "如对本报告有疑问,请与国家税务总局珠海市金湾区税务局办公室联系(电话:0000-1111111)。"))
        .isEqualTo("国家税务总局珠海市金湾区税务局");
  }

  /** A title naming a sector's bodies together (XX邮政管理系统) names no one issuer: not taken for the issuer's name. */
  @Test
  void aTitleNamingASectorsSystemNamesNoIssuer() {
    assertThat(find("西藏自治区邮政管理系统2020年政府信息公开年度报告", "一、总体情况", "2020年,全系统坚持以公开为常态。"))
        .isNotEqualTo("西藏自治区邮政管理系统");
  }

  /** A page's font-size switch run into the title (大中小城口县…报告) is page furniture, no part of the name. */
  @Test
  void aFontSizeSwitchRunIntoTheTitleIsNoPartOfTheName() {
    assertThat(find("大中小城口县卫生健康委员会2020年政府信息公开工作年度报告", "一、总体情况")).isEqualTo("城口县卫生健康委员会");
  }

  /**
   * A government's working office printed right after it in the contact line (吉林市人民政府外事办公室综合处) is a body
   * of its own, the issuer: not the government's general office, though the report calls itself 我办.
   */
  @Test
  void aGovernmentsWorkingOfficeInTheContactLineIsTheIssuer() {
    assertThat(find("(2021年1月19日)", "结合我办工作实际,编制了2020年度政府信息公开工作年度报告。如有疑问,请联系吉林市人民政府外事办公室综合处,"
        + "地址:吉林市船营区越山路11号。")).isEqualTo("吉林市人民政府外事办公室");
  }

  /**
   * The opening publishing the report under other verbs: 制定(了)XX局2023年…报告, 现公布XX局政府信息公开工作2022年度报告 (the
   * year after the work), 本报告…涵盖了2022年XX局政府信息公开工作 (what it covers).
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      根据有关要求,制定西湖区人力资源和社会保障局2023年政府信息公开工作年度报告。 | 西湖区人力资源和社会保障局
      根据《条例》规定,制定了甲乙县教育局2019年度政府信息公开年度报告,全文包括:总体情况。 | 甲乙县教育局
      根据有关要求,现公布中山市自然资源局政府信息公开工作2022年度报告。 | 中山市自然资源局
      本报告由六部分组成,涵盖了2022年麒麟区自然资源局政府信息公开工作。 | 麒麟区自然资源局
      """)
  void theOpeningPublishingTheReportUnderOtherVerbs(String opening, String name) {
    assertThat(find(opening, "一、总体情况", "我局认真贯彻落实《条例》。")).isEqualTo(name);
  }

  /**
   * The compiler named with what it drew the report up on (XX局结合单位实际，编制本单位2022年度…报告), and a body
   * published under its name with its other name bracketed after it (XX委员会(宗教事务局)), which the issuer leaves out.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      根据县政府办公室通知要求,黄龙县市场监督管理局结合单位实际,编制本单位2022年度政务公开工作年度报告。 | 黄龙县市场监督管理局
      根据有关要求,现发布《银川市民族事务委员会(宗教事务局)2024年政府信息公开工作年度报告》。 | 银川市民族事务委员会
      本年报是根据《条例》规定,由甲乙市丙丁区生态环境局编写了2022年度政府信息公开工作年度报告。 | 甲乙市丙丁区生态环境局
      根据上级相关文件要求,编制完成《甲乙县乡村振兴局2023年政府信息公开工作年度报告》。 | 甲乙县乡村振兴局
      本报告根据《条例》要求,由柳州经济技术开发区管理委员会(以下简称经开区管委会)编制。 | 柳州经济技术开发区管理委员会
      """)
  void theCompilerOnItsOwnTermsOrUnderTwoNames(String opening, String name) {
    assertThat(find(opening, "一、总体情况", "我局认真贯彻落实《条例》。")).isEqualTo(name);
  }

  /**
   * A zone printed by its name alone over a title that names none is the issuer (its committee reports for it), as is
   * a body's name alone right under such a title, a bracketed part kept (甲乙经开区(丙丁)管委会); a zone's committee
   * printed without the zone's name (经济开发区管委会) names no one.
   */
  @Test
  void aZoneOrABodyByItselfOverOrUnderATitleThatNamesNone() {
    assertThat(find("甲乙经济技术开发区", "2020年政府信息公开年度报告", "一、总体情况", "开发区结合工作实际推行政府信息公开。"))
        .isEqualTo("甲乙经济技术开发区");
    assertThat(find("2020年政府信息公开工作年度报告", "甲乙经开区(丙丁)管委会", "一、总体情况", "2020年,管委会持续贯彻《条例》。"))
        .isEqualTo("甲乙经开区(丙丁)管委会");
    assertThat(find("甲乙市卫生健康局2023年政府信息公开工作年度报告", "丙丁市教育局", "一、总体情况"))
        .isEqualTo("甲乙市卫生健康局");
    assertThat(find("2020年政府信息公开工作年度报告", "如对本报告有任何疑问,请与经济开发区管委会党政办公室联系(邮编:073000)。",
        "一、总体情况", "经济开发区管委会严格按照《条例》推进政府信息公开工作。")).isNull();
  }

  /**
   * A party and government office compiling the report (本报告由XX高新区党政办公室…编制) is the body's office, not the
   * issuer, which the report then leaves unnamed (本机关).
   */
  @Test
  void aPartyAndGovernmentOfficeCompilingTheReportIsNoIssuer() {
    assertThat(find("本报告由甲乙高新区党政办公室按照《条例》的要求编制。", "一、总体情况", "2024年,本机关深入贯彻落实《条例》。"))
        .isNull();
  }

  /**
   * A page copy's source line (来源:…) spelling out the name the text prints short gives it in full, the font-size
   * switch run onto it (字体:[ ]) left out; a source line alone names no issuer.
   */
  @Test
  void aSourceLineSpellsOutTheNamePrintedShort() {
    assertThat(find("甲乙高新区2024年政府信息公开工作年度报告", "发布时间:2025-01-07 10:24来源:甲乙高新技术产业开发区管理委员会字体:[]",
        "如对本报告有任何疑问,请与甲乙高新区管委会联系。", "一、总体情况")).isEqualTo("甲乙高新技术产业开发区管理委员会");
    assertThat(find("2024年政府信息公开工作年度报告", "来源:甲乙日报社", "一、总体情况")).isNull();
  }

  /**
   * A zone's name that goes on into its party and government office (东湖高新区党政办公室), or through a bracketed
   * second name into its committee's office (XX高新区(新材料科技城)管委会办公室), is not the subject's name: the zone
   * is no issuer there; a zone at its year's work alone is. The office is the issuer where the opening publishes the
   * report as its own (现将2020年度党政办公室信息公开工作报告如下), not where it publishes the zone's.
   */
  @Test
  void aZonesNameGoingOnIntoItsOfficeIsNoIssuer() {
    assertThat(find("现将2020年度党政办公室信息公开工作报告如下:", "一、总体情况", "2020年,东湖高新区党政办公室严格按照《条例》要求开展工作。"))
        .isEqualTo("东湖高新区党政办公室");
    assertThat(find("现将2020年度信息公开工作报告如下:", "一、总体情况", "2020年,东湖高新区党政办公室严格按照《条例》要求开展工作。"))
        .isNull();
    assertThat(find("本年报结合2019年高新区政府信息公开工作实际编制而成。", "一、总体情况",
        "2019年,宁波国家高新区(新材料科技城)管委会办公室政务公开工作按照年初下发的要点推进。")).isNull();
    assertThat(find("现将2020年度信息公开工作报告如下:", "一、总体情况", "2020年,东湖高新区管委会严格按照《条例》要求开展工作。"))
        .isEqualTo("东湖高新区管委会");
  }

  /**
   * A zone named alone in the title (甲乙高新区) is its committee where a page's byline spells that out in full
   * (信息来源:甲乙高新技术产业开发区管理委员会); not another zone's.
   */
  @Test
  void aBylineSpellsOutTheCommitteeOfTheZoneTheTitleNames() {
    assertThat(find("甲乙高新区2020年度政府信息公开工作报告", "信息来源:甲乙高新技术产业开发区管理委员会 发布时间:2021-01-29 浏览次数:",
        "一、总体情况")).isEqualTo("甲乙高新技术产业开发区管理委员会");
    assertThat(find("甲乙高新区2020年度政府信息公开工作报告", "信息来源:丙丁高新技术产业开发区管理委员会 发布时间:2021-01-29 浏览次数:",
        "一、总体情况")).isEqualTo("甲乙高新区");
  }

  /**
   * A federation is a body (联合会), and a title's short name (市残联) is the full one the opening prints
   * (由长春市残疾人联合会…编制: 联 of 联合会, as 委 of 委员会); not where the opening prints no full form.
   */
  @Test
  void aFederationsShortNameIsTheFullOneTheOpeningPrints() {
    assertThat(find("用微信扫描二维码分享", "根据规定,现发布《甲乙市丙丁区残疾人联合会2025年政府信息公开工作年度报告》,报告全文包括:总体情况。",
        "一、总体情况")).isEqualTo("甲乙市丙丁区残疾人联合会");
    assertThat(find("2024年市残联政府信息公开工作年度报告", "年度报告是由长春市残疾人联合会依据《条例》编制而成的。地址:长春市残联(大经路1898号)",
        "一、总体情况")).isEqualTo("长春市残疾人联合会");
    assertThat(find("2024年市残联政府信息公开工作年度报告", "年度报告依据《条例》编制而成。地址:长春市残联(大经路1898号)",
        "一、总体情况")).isEqualTo("长春市残联");
  }

  /**
   * A cooperatives' union reports as a body (由XX市供销合作社联合社按照…编制, XX市供销合作社联合社编制了…报告), and
   * by its short name (由XX市供销联社结合工作实际编制); a society's word (社会) is no union.
   */
  @Test
  void aCooperativesUnionIsABody() {
    assertThat(find("用微信扫描二维码分享", "本报告由德州市供销合作社联合社按照《条例》要求编制。", "一、总体情况"))
        .isEqualTo("德州市供销合作社联合社");
    assertThat(find("用微信扫描二维码分享", "本报告根据《条例》的要求,由宜昌市供销联社结合工作实际编制。", "一、总体情况"))
        .isEqualTo("宜昌市供销联社");
    assertThat(find("用微信扫描二维码分享", "本报告根据《条例》的要求,由宜昌市关联社会组织结合工作实际编制。", "一、总体情况"))
        .isNull();
  }

  /**
   * A banner's abbreviation in the title (西乌旗) is its full name where the opening publishes the report under the
   * banner's full name alone (公布2021年西乌珠穆沁旗政府信息公开工作年度报告): that banner's government.
   */
  @Test
  void aDivisionPublishedInFullNamesTheTitlesAbbreviatedOne() {
    assertThat(OrganizationFinder.completed(find("西乌旗2021年政府信息公开工作年度报告", "来源:西乌旗人民政府办公室",
        "根据《中华人民共和国政府信息公开条例》规定,向社会公布2021年西乌珠穆沁旗政府信息公开工作年度报告。", "一、总体情况")))
        .isEqualTo("西乌珠穆沁旗人民政府");
  }

  /**
   * A title whose name an OCR misread by one character (管埋局, 街街道) against the signature's, which the text prints
   * again: the signature's name, the title's place before it kept. Printed once only, the signature is one print
   * against one: the title's name stands.
   */
  @Test
  void aTitlesNameMisreadByOneCharacterIsTheSignaturesNamePrintedTwice() {
    assertThat(find("兖州区应急管埋局2020年政府信息公开工作年度报告", "一、总体情况", "2020年,兖州区应急管理局坚持依法公开。",
        "五、存在的主要问题及改进情况", "兖州区应急管理局", "2021年2月9日")).isEqualTo("兖州区应急管理局");
    assertThat(find("鄞州区河西街街道办事处2020年政府信息公开工作年度报告", "一、总体情况", "2020年,河西街道办事处坚持依法公开。",
        "五、存在的主要问题及改进情况", "河西街道办事处", "2021年2月9日")).isEqualTo("鄞州区河西街道办事处");
    assertThat(find("兖州区应急管埋局2020年政府信息公开工作年度报告", "一、总体情况", "2020年,我局坚持依法公开。",
        "五、存在的主要问题及改进情况", "兖州区应急管理局", "2021年2月9日")).isEqualTo("兖州区应急管埋局");
  }
}
