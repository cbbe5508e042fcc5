package org.govdisclosure.extract.prose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.govdisclosure.extract.model.Cell;
import org.govdisclosure.extract.spi.Template;
import org.junit.jupiter.api.Test;

/** What section 三's sentences state, and nothing more. */
class ApplicationRulesTest {

  private static List<String> figures(String paragraph) {
    return ProseReader.read(Topic.APPLICATIONS, Cell.Text.fold(paragraph), true, 2020, Template.T2019).stream()
        .flatMap(s -> s.figures().stream()).map(f -> f.cell() + "=" + f.value()).toList();
  }

  /**
   * A bracket naming residents alone after the received count (1件(自然人申请)) is the natural_person count; a bracket
   * breaking the count down among several applicants is not all from residents.
   */
  @Test
  void aBracketNamingResidentsAloneIsTheirCount() {
    assertThat(figures("2020年,县政府办公室共收到政府信息公开申请1件(自然人申请),已按规定答复申请人。"))
        .containsExactlyInAnyOrder("new_received.total=1", "new_received.natural_person=1");
    assertThat(figures("2020年共收到政府信息公开申请4件(自然人3件、法人1件)。")).doesNotContain("new_received.natural_person=4");
  }

  /**
   * 企业申请2件 in the breakdown of the received count: enterprises are the 商业企业 column; 其他组织 after them lumps the
   * other organisation columns, none of which it is alone.
   */
  @Test
  void enterprisesInTheBreakdownAreTheCommercialColumn() {
    assertThat(figures("2020年,我办共受理依申请公开事项20件(其中:自然人申请15件、企业申请3件、其他组织申请2件),上年结转1件。"))
        .contains("new_received.total=20", "new_received.natural_person=15", "new_received.commercial_enterprise=3")
        .noneMatch(f -> f.startsWith("new_received.") && f.endsWith("=2"));
  }

  /** 自然人申请办件量0件 after the received count: the applications' cases, that column's count. */
  @Test
  void residentsCasesAfterTheReceivedCountAreTheirColumn() {
    assertThat(figures("本年度共受理群众网上申请政府信息公开申请0件,自然人申请办件量0件。"))
        .contains("new_received.total=0", "new_received.natural_person=0");
  }

  /** The 条例's wording with whom they applied to between (其他组织向我局申请获取相关政府信息): none received. */
  @Test
  void noneAppliedToThisBodyInTheRegulationsWordsIsNoneReceived() {
    assertThat(figures("本年度,我局未收到公民、法人或者其他组织向我局申请获取相关政府信息。"))
        .containsExactly("new_received.total=0");
  }

  /** The 条例's applicants asking for information, 公开申请 after it (…获取相关政府信息的公开申请): none received. */
  @Test
  void noneAskingForInformationByADisclosureApplicationIsNoneReceived() {
    assertThat(figures("2023年,南龙镇未收到任何公民、法人或者其他组织向我镇获取相关政府信息的公开申请。"))
        .containsExactly("new_received.total=0");
  }

  /**
   * Applications listed by every way they are filed, none received (未收到信息公开当面申请、传真申请、网络申请、信函申请受理):
   * none at all; none filed one way is not none.
   */
  @Test
  void noneByEveryWayOfFilingIsNoneReceived() {
    assertThat(figures("截止12月31日,未收到信息公开当面申请、传真申请、网络申请、信函申请受理。"))
        .containsExactly("new_received.total=0");
    assertThat(figures("截止12月31日,未收到信息公开当面申请。")).isEmpty();
  }

  /**
   * The received count's parts by channel with their applicants counted first (当面申请2人3件): people then their
   * applications, a sentence's phrase and no table row's two cells side by side; the received count stands.
   */
  @Test
  void peopleCountedBeforeTheirApplicationsAreNoTableCells() {
    assertThat(figures("我街道2020年度共收到4名自然人申请政府信息公开5件。其中,当面申请2人3件,网络申请1人1件,信函申请1人1件。"))
        .containsExactlyInAnyOrder("new_received.total=5", "new_received.natural_person=5");
  }

  /** Applications counted as the letters they came in (共收到1封依申请公开): the received count. */
  @Test
  void applicationsCountedByLetterAreTheReceivedCount() {
    assertThat(figures("截至目前,共收到1封依申请公开,均在办理时限内完成,办结率达100%。")).containsExactly("new_received.total=1");
  }

  /**
   * No applicant applying for disclosure (无单位或个人申请政府信息公开), the verb of receiving left unsaid: none received.
   * Applicants not applying for a review (无单位或个人因政府信息公开申请行政复议) say nothing of applications.
   */
  @Test
  void noApplicantApplyingForDisclosureIsNoneReceived() {
    assertThat(figures("2020年无单位或个人申请政府信息公开,行政复议0条。")).containsExactly("new_received.total=0");
    assertThat(figures("本年度没有公民、法人或者其他组织申请政府信息公开。")).containsExactly("new_received.total=0");
    assertThat(figures("本年度无单位或个人因政府信息公开申请行政复议。")).isEmpty();
  }

  /**
   * Information asked for and then published for all (依申请公开信息转主动公开) is proactive disclosure: none of it
   * says no application was received.
   */
  @Test
  void noInformationTurnedProactiveIsNoApplicationCount() {
    assertThat(figures("本年度无依申请公开信息转主动公开信息及解密公开信息。")).isEmpty();
    assertThat(figures("本年度未收到依申请公开事项,无依申请公开转为主动公开的情况。")).containsExactly("new_received.total=0");
  }

  /**
   * A case made of information on request (未产生依申请公开政府信息案例) is no application: after a received count it
   * says no dispute arose, not that none was received.
   */
  @Test
  void noCaseOfInformationOnRequestIsNoApplicationCount() {
    assertThat(figures("2020年,我局接到依申请公开事项5项,均已答复办结,未产生依申请公开政府信息案例。"))
        .containsExactly("new_received.total=5");
  }

  /**
   * A count of applications all received this year (2件…全部是本年度受理) is the received count, the handled one before it
   * said to be new; a count of some of them (其中1件是本年度受理) is not.
   */
  @Test
  void applicationsAllReceivedThisYearAreTheReceivedCount() {
    assertThat(figures("2022年,我局共办理依申请公开政府信息2件。2件依申请公开政府信息全部是本年度受理并按时办结,无上年度结转,无申请件结转到下一年度。"))
        .contains("new_received.total=2", "carried_over.total=0", "carried_forward.total=0");
    assertThat(figures("2022年,我局共办理依申请公开政府信息2件,其中1件是本年度受理。")).doesNotContain("new_received.total=1");
  }

  /** None carried forward with what was not carried named before the verb (无申请件结转到下一年度): 0 carried forward. */
  @Test
  void noApplicationCarriedToNextYearIsNoneCarriedForward() {
    assertThat(figures("全部是本年度受理并按时办结,无上年度结转,无申请件结转到下一年度。"))
        .containsExactlyInAnyOrder("carried_over.total=0", "carried_forward.total=0");
  }

  /** The number of government affairs information on request (依申请公开政务信息数3件) is the received count. */
  @Test
  void theNumberOfAffairsInformationOnRequestIsTheReceivedCount() {
    assertThat(figures("2020年度句容市水利局依申请公开政务信息数3件,已按要求在规定时间内办理,对其公开。"))
        .containsExactly("new_received.total=3");
  }

  /** Residents named before the received count are its natural_person count by item as by case (2条 as 2件). */
  @Test
  void residentsNamedBeforeACountByItemAreItsNaturalPersons() {
    assertThat(figures("2020年,共收到自然人依申请公开政府信息2条,均依法按时办理。"))
        .containsExactlyInAnyOrder("new_received.total=2", "new_received.natural_person=2");
    assertThat(figures("2020年,共收到公民、法人依申请公开政府信息2条。")).containsExactly("new_received.total=2");
  }

  /**
   * Applications replied to (回复公开申请38件), as those answered, are no received count: the count that holds the carried
   * over is the year's answers, not a second received count.
   */
  @Test
  void applicationsRepliedToAreNoReceivedCount() {
    assertThat(figures("2020年收到政府信息公开申请35件。回复公开申请38件,其中含上年结转公开申请3件。"))
        .contains("new_received.total=35", "carried_over.total=3").doesNotContain("new_received.total=38");
  }

  /**
   * 该项申请 right after the 依申请公开 label is that item's applications (2.依申请公开:2023年未收到该项申请): none received;
   * the same words under another label are no disclosure application.
   */
  @Test
  void theItemsApplicationsUnderTheOnRequestLabelAreDisclosureApplications() {
    assertThat(figures("2.依申请公开:2020年未收到该项申请。")).containsExactly("new_received.total=0");
    assertThat(figures("3.行政复议:2020年未收到该项申请。")).isEmpty();
  }

  /**
   * 不存在 right before a count in a list of outcomes is 信息不存在 with its subject left out (本机关不掌握); before
   * anything else it only negates.
   */
  @Test
  void aBareNotExistingBeforeACountIsInformationNotHeld() {
    assertThat(figures("2023年度,我局共收到信息公开申请22起,答复22起。其中公开1起,不属于政府信息4起,告知其他途径3起,不存在9起,属于行政执法案卷5起。"))
        .contains("new_received.total=22", "granted.total=1", "unavailable_not_held.total=9", "withheld_enforcement_files.total=5");
    assertThat(figures("本年共收到政府信息公开申请3件,不存在结转下年度的情况。")).doesNotContain("unavailable_not_held.total=0");
  }

  /**
   * The kinds a received count is broken into after 其中 (主动公开1件，依申请公开4件，咨询2件) are parts of it, not a second
   * received count; a clause that is only 公开 and its count in such a list (其中公开1起) is disclosed.
   */
  @Test
  void kindsListedAfterTheReceivedCountArePartsOfIt() {
    assertThat(figures("2025年,我街道收到政务公开申请9件,其中:主动公开2件,依申请公开3件,咨询1件,非政府信息1件,信息不存在2件。"))
        .contains("new_received.total=9", "unavailable_not_held.total=2").doesNotContain("new_received.total=3");
    assertThat(figures("2023年度,我局共收到信息公开申请14起。其中公开2起,不属于政府信息3起,属于行政执法案卷3起。"))
        .contains("new_received.total=14", "granted.total=2", "withheld_enforcement_files.total=3");
    assertThat(figures("2023年度,我局共收到信息公开申请14起,其中依申请公开政府信息2起。")).doesNotContain("granted.total=2");
  }

  /**
   * 依申请公开情况：无 says the year brought no application, and nothing more (not that none was carried over); 无 alone
   * in section 三 may be a table's cell printed a line, and says nothing.
   */
  @Test
  void noneAfterTheApplicationsHeadingIsNoneReceived() {
    assertThat(figures("(二)依申请公开情况:无。")).containsExactly("new_received.total=0");
    assertThat(ProseReader.read(Topic.APPLICATIONS, "二、依申请公开情况:暂无。", false, 2020, Template.T2019)).hasSize(1);
    assertThat(figures("无。")).isEmpty();
    assertThat(figures("(四)行政复议情况:无。")).isEmpty();
  }

  /** The 条例's applicants requesting information (其他组织要求公开政府信息…的申请) not received: none received. */
  @Test
  void noneRequestingInformationInTheRegulationsWordsIsNoneReceived() {
    assertThat(figures("2020年全年,我镇未接收到有关群众、法人或其他组织要求公开政府信息办理的申请。"))
        .containsExactly("new_received.total=0");
  }

  /** 不予以公开 (未予以公开) is 不予公开 in full, withheld: never the 予以公开 it ends with. */
  @Test
  void withheldInFullIsNotGranted() {
    assertThat(figures("三、本年度办理结果 (一)予以公开 3件;(三)不予以公开 2件。")).noneMatch(f -> f.startsWith("granted") && f.endsWith("=2"));
    assertThat(figures("2020年共收到政府信息公开申请2件,其中不予以公开0件。")).doesNotContain("granted.total=0")
        .contains("withheld_state_secret.total=0");
    assertThat(figures("(三)不予以公开:2件。")).noneMatch(f -> f.startsWith("granted"));
  }

  /** A breakdown of the received count by applicant states each named column's count; 其他 alone names none. */
  @Test
  void aBreakdownByApplicantStatesEachNamedColumn() {
    assertThat(figures("本年新收政府信息公开申请40件，其中自然人申请25件，商业企业申请9件，科研机构申请2件，其他申请4件。"))
        .containsExactlyInAnyOrder("new_received.total=40", "new_received.natural_person=25",
            "new_received.commercial_enterprise=9", "new_received.research_institution=2");
  }

  /** After every other applicant column's count, 其他 is the list's 其他 column: nothing else is left for it to name. */
  @Test
  void otherAfterEveryOtherApplicantColumnIsTheOtherColumn() {
    assertThat(figures("本年新收政府信息公开申请9件，其中，自然人申请6件，商业企业申请2件，科研机构申请0件，社会公益组织申请0件，"
        + "法律服务机构申请0件，其他申请1件。")).contains("new_received.other_org=1", "new_received.natural_person=6");
  }

  /**
   * All of the received applications from residents (申请人均为自然人, 全部属自然人申请件) is the natural_person count of
   * the received; 均为个人隐私 is a reason to withhold, and a statement without a received count fixes nothing.
   */
  @Test
  void allReceivedFromResidentsIsTheirCount() {
    assertThat(figures("本年新收的6件政府信息公开申请,申请人的类别均为自然人。"))
        .containsExactlyInAnyOrder("new_received.total=6", "new_received.natural_person=6");
    assertThat(figures("2020年共收到政府信息公开申请8件,其中网上申请5件、信函申请3件,全部属自然人申请件。"))
        .containsExactlyInAnyOrder("new_received.total=8", "new_received.natural_person=8");
    assertThat(figures("本年共收到依申请公开7件,皆为自然人申请,答复7件。"))
        .contains("new_received.total=7", "new_received.natural_person=7");
    assertThat(figures("本年共收到政府信息公开申请4件,均为个人隐私,不予公开。")).containsExactly("new_received.total=4");
    assertThat(figures("申请人均为自然人。")).isEmpty();
    // who the applicants were, in a sentence of its own after the count
    assertThat(figures("2020年新收到政府信息公开申请数量5件,已按期答复。申请人的类别为自然人,均通过邮箱申请。"))
        .containsExactlyInAnyOrder("new_received.total=5", "new_received.natural_person=5");
  }

  /**
   * The one application received, pointed back to (该信息是公民…) as a resident's: the natural_person count; 该 said
   * after a count of several points at no one application.
   */
  @Test
  void theOneReceivedPointedBackToAsAResidentsIsTheirCount() {
    assertThat(figures("我街全年共收到依申请公开信息1条,该信息是公民以网络申请的方式,目前已撤销办结。"))
        .contains("new_received.total=1", "new_received.natural_person=1");
    assertThat(figures("我街全年共收到依申请公开信息3条,该信息是公民以网络申请的方式。"))
        .contains("new_received.total=3").noneMatch(f -> f.startsWith("new_received.natural_person"));
  }

  /**
   * A bare 申请 received (共收到申请0件) whose answers the sentence goes on to give as only a disclosure application's
   * (同意公开, 部分公开, 不予公开) is a disclosure one; answered otherwise (均按规定予以办理) it may be any application.
   */
  @Test
  void aBareApplicationAnsweredAsDisclosureIsADisclosureOne() {
    assertThat(figures("共收到申请0件,尚未办理0件,已经办理了0件,其中同意公开的有0件,不予公开的有0件。"))
        .contains("new_received.total=0");
    assertThat(figures("共收到申请3件,已经办理了3件,其中同意公开的有2件,同意部分公开的有1件。"))
        .contains("new_received.total=3");
    assertThat(figures("共收到申请3件,已经办理了3件。")).isEmpty();
  }

  /**
   * Unclear applications (申请内容不明确的有0件) hold those still unclear after correction, the template's row: none of
   * them is none of the row's; a count other than 0 may be more than the row's.
   */
  @Test
  void noneUnclearIsNoneStillUnclearAfterCorrection() {
    assertThat(figures("共收到政府信息公开申请2件,其中同意公开的有2件,申请内容不明确的有0件。"))
        .contains("unavailable_unclear.total=0");
    assertThat(figures("共收到政府信息公开申请2件,其中同意公开的有1件,申请内容不明确的有1件。"))
        .noneMatch(f -> f.startsWith("unavailable_unclear"));
  }

  /** 收到5条依申请公开信息: what is received is the requests, counted by item; without 收到 the count is information. */
  @Test
  void informationOnRequestReceivedIsTheRequests() {
    assertThat(figures("2020年全年,我局共收到5条依申请公开信息,均按期答复。")).containsExactly("new_received.total=5");
    assertThat(figures("2020年发布依申请公开信息5条。")).isEmpty();
    assertThat(figures("2020年,收到申请公开6条,办结6条。")).containsExactly("new_received.total=6");
  }

  /**
   * A report counting the applications it received by item (依申请公开3条) counts their outcomes so too (予以公开2条);
   * after applications counted by case, N条 is information, not applications.
   */
  @Test
  void outcomesCountedByItemWhereTheApplicationsAre() {
    assertThat(figures("2020年我乡收到政务信息依申请公开0条,予以公开0条。"))
        .containsExactlyInAnyOrder("new_received.total=0", "granted.total=0");
    assertThat(figures("2020年我乡收到政府信息公开申请3条,予以公开2条,部分公开1条。"))
        .contains("new_received.total=3", "granted.total=2", "partially_granted.total=1");
    assertThat(figures("2020年我乡收到政府信息公开申请3件,予以公开政府信息12条。"))
        .noneMatch(f -> f.startsWith("granted"));
  }

  /** 接受 is a verb of receiving too: 全年接受政府信息公开申请N件 is the received count. */
  @Test
  void acceptingApplicationsIsReceivingThem() {
    assertThat(figures("全年接受政府信息公开申请37件(当年办结36件,结转下年度1件)。"))
        .contains("new_received.total=37");
  }

  /**
   * A bracket opened after the received count and going on over the next clauses says what became of those
   * applications: its first clause is read as the clauses after it are (当年办结97件 is （七）总计 97); a bracket
   * breaking the count down by applicant states no outcome, nor one counting others besides them (另有).
   */
  @Test
  void aBracketAfterTheReceivedCountGoesOnWithItsOutcomes() {
    assertThat(figures("全年接受政府信息公开申请98件(当年办结97件,结转下年度1件),按照《条例》要求进行了认真办理并答复申请人。"))
        .containsExactlyInAnyOrder("new_received.total=98", "total.total=97", "carried_forward.total=1");
    assertThat(figures("共收到政府信息公开申请10件(其中予以公开6件,部分公开4件)。"))
        .containsExactlyInAnyOrder("new_received.total=10", "granted.total=6", "partially_granted.total=4");
    assertThat(figures("2020年共收到政府信息公开申请4件(自然人3件、法人1件)。")).containsExactly("new_received.total=4");
    // others besides them: whether the count holds those is left open
    assertThat(figures("2020年,共受理政府信息公开申请91件(另有2件结转下年度,均已按时答复)。"))
        .noneMatch(f -> f.startsWith("carried_forward"));
  }

  /**
   * 上年转结 (结转 misprinted) before the noun and its count names the carried over, not a second received count that
   * would leave the new ones in doubt.
   */
  @Test
  void aMisprintedCarriedOverCountedAfterItsNounIsNoReceivedCount() {
    assertThat(figures("2020年,新受理政府信息公开申请17件,办结17件,上年转结政府信息公开申请0件,转下一年办理0件。"))
        .containsExactlyInAnyOrder("new_received.total=17", "total.total=17", "carried_over.total=0",
            "carried_forward.total=0");
  }

  /**
   * A received count that holds those carried over from last year is no row: only the carried-over count in its
   * bracket is stated.
   */
  @Test
  void aReceivedCountHoldingTheCarriedOverIsNotTheNewOnes() {
    assertThat(figures("2020年,区政府办公室共收到政府信息公开申请52件(含上年度结转4件),均已按时答复。"))
        .containsExactly("carried_over.total=4");
    assertThat(figures("2020年共收到政府信息公开申请52件(含网上申请30件)。")).containsExactly("new_received.total=52");
  }

  /**
   * 其中 opening the bracket as 含 does (共收到申请5件(其中上年结转1件)): the received count holds the carried over, so
   * it is no row; the bracket's count is the carried-over row's, after a received count as after an answered one.
   */
  @Test
  void aBracketOfWhichSomeWereCarriedOverHoldsThem() {
    assertThat(figures("2020年,共收到政府信息公开申请5件(其中上年结转1件),均已按时办结。"))
        .containsExactly("carried_over.total=1");
    assertThat(figures("全年收到政府信息公开申请共161件,当年办结168件(其中上年结转14件)。"))
        .containsExactlyInAnyOrder("new_received.total=161", "total.total=168", "carried_over.total=14");
    assertThat(figures("2020年共收到政府信息公开申请5件(其中网上申请3件)。")).contains("new_received.total=5");
    assertThat(figures("2020年度收到政府信息公开申请5件(其中1件为上年结转)。")).containsExactly("carried_over.total=1");
  }

  /** The carried over named as a part of the received count after it (其中上年结转2件): that count is no row. */
  @Test
  void theCarriedOverAmongTheReceivedMakeItNoRow() {
    assertThat(figures("2020年共收到政府信息公开申请9件,其中上年结转2件。")).containsExactly("carried_over.total=2");
    assertThat(figures("2020年共收到政府信息公开申请9件,上年结转2件。"))
        .containsExactlyInAnyOrder("new_received.total=9", "carried_over.total=2");
  }

  /** Items listed count first and parted by 、 are each their own clause: a count is its own label's, not the next one's. */
  @Test
  void itemsListedCountFirstAreEachTheirOwnLabels() {
    assertThat(figures("本年收到申请9件,其中3件因本机关不掌握相关政府信息而不予公开、6件属于行政查询事项不予公开。"))
        .contains("unavailable_not_held.total=3", "withheld_query_matters.total=6").doesNotContain("unavailable_not_held.total=6");
  }

  /** 未收到…获取相关政府信息的申请 (the 条例's wording of an application) is none received. */
  @Test
  void noApplicationToObtainInformationIsNoneReceived() {
    assertThat(figures("本机关本年度未收到公民、法人或者其他组织获取相关政府信息的申请。"))
        .containsExactly("new_received.total=0");
  }

  /**
   * None received from the applicants the negation names: legal persons alone fix their five columns and not the
   * total; residents alone theirs and the total, as a count from residents is read; both, or none named, the total.
   */
  @Test
  void noneReceivedFromSomeApplicantsFixesOnlyTheirColumns() {
    assertThat(figures("2020年度,未收到法人或者其他组织对依申请公开政府信息的申请。")).containsExactlyInAnyOrder(
        "new_received.commercial_enterprise=0", "new_received.research_institution=0", "new_received.social_welfare_org=0",
        "new_received.legal_service_org=0", "new_received.other_org=0");
    assertThat(figures("本年度未收到公民提出的政府信息公开申请。"))
        .containsExactlyInAnyOrder("new_received.total=0", "new_received.natural_person=0");
    assertThat(figures("本年度未收到公民、法人和其他组织提出的政府信息公开申请。")).containsExactly("new_received.total=0");
    assertThat(figures("至今,本院尚未收到市民或法人依申请公开信息要求。")).containsExactly("new_received.total=0");
  }

  /**
   * None received, said as 申请公开的事项, as 政府信息申请 (公开 left unsaid), or with the ways it could have come in between:
   * none received.
   */
  @Test
  void noneReceivedWithTheChannelsOrTheInformationAskedForBetween() {
    assertThat(figures("2020年,巴楚县公安局未收到申请公开的事项。")).containsExactly("new_received.total=0");
    assertThat(figures("2020年,我局未收到相关政府信息申请。")).containsExactly("new_received.total=0");
    assertThat(figures("2020年,县医院未收到通过受理电话、网络平台、来信等方式提出的相关政府信息公开申请。"))
        .containsExactly("new_received.total=0");
  }

  /**
   * Received and handled in one count, all of them concluded: the count is （七）总计 too; after a received count alone
   * all answered is not (it leaves out those carried over).
   */
  @Test
  void receivedAndHandledAllConcludedIsTheTotalToo() {
    assertThat(figures("全年共收到和办理依申请公开68件,均在法定期限内办结。"))
        .containsExactlyInAnyOrder("new_received.total=68", "total.total=68");
    assertThat(figures("2020年,我局收到申请公开政府信息的要求31件,均完成答复。")).containsExactly("new_received.total=31");
    assertThat(figures("2020年,县政府办公室共办理政府信息公开申请21件,结转下年度3件。")).doesNotContain("total.total=21");
  }

  /**
   * 结转至下一年度办理 without a count right after the received count: those applications carried forward; after an
   * outcome's count it says nothing of how many.
   */
  @Test
  void carriedForwardRightAfterTheReceivedCountCarriesThem() {
    assertThat(figures("2020年,我局收到1件政府信息公开申请,结转至下一年度办理,未发生因政府信息公开申请被申请行政复议情况。"))
        .contains("new_received.total=1", "carried_forward.total=1");
    assertThat(figures("2020年,我局收到3件政府信息公开申请,予以公开2件,结转下一年度办理。")).doesNotContain("carried_forward.total=3");
  }

  /**
   * A group word with a bracket naming one of its rows by its wording without the copula (三类内部事务信息 for 属于三类内部
   * 事务信息), then a count: that row's count; by an item's counter too where the applications were counted so.
   */
  @Test
  void aGroupsBracketNamingOneRowCountsThatRow() {
    assertThat(figures("2020年共收到政府信息公开申请171件,其中予以公开4件,不予公开(三类内部事务信息)2件,不予处理(无正当理由大量反复申请)165件。"))
        .contains("withheld_internal_affairs.total=2", "not_processed_excessive.total=165");
    assertThat(figures("2020年收到依申请公开信息171条,其中:予以公开4条,不予公开(三类内部事务信息)2条。"))
        .contains("new_received.total=171", "granted.total=4", "withheld_internal_affairs.total=2");
  }

  /**
   * All of them concluded or answered after a count only handled (办理依申请公开事项7件,均…答复): 办理 is as often said of the
   * applications received, so the count is neither 本年新收 nor （七）总计 for certain, and no row is stated (issue #18).
   */
  @Test
  void handledAllAnsweredStatesNoRow() {
    assertThat(figures("全年共办理依申请公开事项10件,均按时完成,无结转下年度办理的申请。"))
        .containsExactly("carried_forward.total=0");
    assertThat(figures("2020年,市商务局办理依申请公开信息3件,已全部答复,办结率100%。")).isEmpty();
    assertThat(figures("2022年,我局办理依申请公开事项7件,其中网络申请6件,信函申请1件,均在规定时间内答复依申请人。"))
        .noneMatch(f -> f.startsWith("total.") || f.startsWith("new_received."));
    assertThat(figures("2020年,县政府办公室共办理政府信息公开申请21件。其中,网络申请14件,书面申请7件。所有申请均按时办结。"))
        .noneMatch(f -> f.startsWith("total."));
    // the applicants and their channels between the verb and the count change nothing
    assertThat(figures("今年以来,累计办理公民、法人或其他组织通过政府信息公开平台、邮寄等途径依申请公开信息合计23件,已全部按期限答复办结,办结率100%。"))
        .isEmpty();
    // own and assisted applications handled, then all answered: neither count is the total
    assertThat(figures("2020年,办理部门依申请信息公开19件,协助办理市政府、区政府依申请信息公开7件,均按照规定予以答复。"))
        .noneMatch(f -> f.startsWith("total.total"));
  }

  /**
   * Concluded on time, then other outcomes printed count first: siblings, so the concluded count is one part of
   * （七）总计, not it; a breakdown after 其中 leaves it the whole.
   */
  @Test
  void concludedBesideSiblingOutcomesIsOnlyAPart() {
    assertThat(figures2021("2021年全年收到依申请公开信件为75件,按时办结66件,5件逾期未补正,2件撤销申请,结转下年度继续办理2件。"))
        .contains("new_received.total=75", "other_overdue_correction.total=5", "carried_forward.total=2")
        .doesNotContain("total.total=66");
    assertThat(figures("2020年共收到政府信息公开申请10件,已办结10件,其中予以公开6件。")).contains("total.total=10");
  }

  /** A count answered (其中18件已在法定期限内予以答复) is （七）总计; all answered without a count is not. */
  @Test
  void aCountAnsweredIsTheTotal() {
    assertThat(figures("共收到政府信息公开申请20件,其中18件已在法定期限内予以答复,2件结转下年度继续办理。"))
        .contains("new_received.total=20", "total.total=18");
    assertThat(figures("2020年,我街道共收到政府信息公开申请8件,均在法定期限内予以答复。")).containsExactly("new_received.total=8");
  }

  /** None received heading a list of other matters negated alike is none received; as a review's cause it is not. */
  @Test
  void noneReceivedHeadingAListOfOtherMattersIsZero() {
    assertThat(figures("本年度未收到政府信息公开申请、政府信息公开行政复议和行政诉讼。")).containsExactly("new_received.total=0");
    assertThat(figures("本年度未收到因政府信息公开申请引起的行政复议。")).isEmpty();
  }

  /**
   * A clause naming only an outcome (为部分公开) right after a count of applications is that outcome's count; a group's
   * only when 0, and nothing after a count of something else.
   */
  @Test
  void anOutcomeAfterACountOfApplicationsIsTheirs() {
    assertThat(figures("本年答复政府信息公开申请3件,为部分公开。")).containsExactly("partially_granted.total=3");
    assertThat(figures("本年答复政府信息公开申请2件,均为不予公开。")).isEmpty();
    assertThat(figures("本年主动公开文件3件,为部分公开。")).isEmpty();
  }

  /** None carried forward or over, said without a count (无下年度结转, 无上年结转), is 0 of that row. */
  @Test
  void noneCarriedIsZero() {
    assertThat(figures("本年共收到政府信息公开申请3件,无下年度结转。"))
        .containsExactlyInAnyOrder("new_received.total=3", "carried_forward.total=0");
    assertThat(figures("本年无上年结转的政府信息公开申请。")).containsExactly("carried_over.total=0");
    // the report's year and the one before alike: a none of both is the year's none; a count of both is neither's
    assertThat(figures("本年和上年相同无“结转下年度继续办理”申请件。")).containsExactly("carried_forward.total=0");
    assertThat(figures("本年和上年共收到政府信息公开申请9件。")).isEmpty();
  }

  /**
   * Two rows written as sentences in one paragraph, parted by a semicolon, counts in Chinese numerals: each its own
   * row, though the second's label (上年结转…) reads as an outcome the first part's applications went on to.
   */
  @Test
  void rowsWrittenAsSentencesPartedBySemicolonsAreEachTheirRow() {
    assertThat(figures("本年新收政府信息公开申请数量：自然人七件，商业企业两件，其他零件，总计九件；"
        + "上年结转政府信息公开申请数量：自然人一件，商业企业零件，其他零件，总计一件。"))
        .containsExactlyInAnyOrder("new_received.natural_person=7", "new_received.commercial_enterprise=2",
            "new_received.other_org=0", "new_received.total=9", "carried_over.natural_person=1",
            "carried_over.commercial_enterprise=0", "carried_over.other_org=0", "carried_over.total=1");
  }

  /**
   * The total row's label and a count as a paragraph of its own ({@code （七）总计12件。}, {@code 总计：12件}) is （七）总计;
   * after other figures in its paragraph it sums those and is no row; 累计 (since some year) is never the year's.
   */
  @Test
  void aTotalAloneIsTheTotalRow() {
    assertThat(figures("（七）总计12件。")).containsExactly("total.total=12");
    assertThat(figures("总计：十二件")).containsExactly("total.total=12");
    assertThat(figures("本年收到政府信息公开申请：自然人10件，商业企业2件。总计12件。")).doesNotContain("total.total=12");
    assertThat(figures("累计12件。")).isEmpty();
    List<String> outside = ProseReader.read(Topic.APPLICATIONS, Cell.Text.fold("总计12件。"), false, 2020, Template.T2019)
        .stream().flatMap(s -> s.figures().stream()).map(f -> f.cell() + "=" + f.value()).toList();
    assertThat(outside).isEmpty();
  }

  /**
   * A running total since an event (条例实施以来, 开通至今) or over several years (近三年, 多年以来) is no year's figure;
   * since the report's own year (2020年以来, 今年年初以来) or over 一年来, the year's; none since an event, none this year.
   */
  @Test
  void countsSinceAnEventOrOverYearsAreNotTheYears() {
    for (String since : List.of("自条例实施以来，", "网站开通至今", "近三年", "近年来", "多年以来", "5年来", "自条例实施以来，本机关")) {
      assertThat(figures(since + "共收到政府信息公开申请146件。")).as(since).isEmpty();
    }
    for (String own : List.of("2020年以来，", "今年年初以来，", "一年来，")) {
      assertThat(figures(own + "共收到政府信息公开申请8件。")).as(own).containsExactly("new_received.total=8");
    }
    assertThat(figures("自条例实施以来，本机关未收到政府信息公开申请。")).containsExactly("new_received.total=0");
  }

  /** Two proceedings counted one after the other in one clause are each their own count. */
  @Test
  void aReviewAndALawsuitCountedInOneClauseAreEachCounted() {
    List<String> figures = ProseReader.read(Topic.REVIEW_LITIGATION,
        Cell.Text.fold("全年因政府信息公开产生行政复议案件4件和行政诉讼案件0件。"), false, 2020, Template.T2019).stream()
        .flatMap(st -> st.figures().stream()).map(f -> f.cell() + "=" + f.value()).toList();
    assertThat(figures).contains("review.total=4", "litigation_direct.total=0", "litigation_after_review.total=0")
        .doesNotContain("review.upheld=0");
  }

  /** 本年度办理结果中 opens a sentence of outcomes: it is no group label of a table that reached the prose. */
  @Test
  void outcomesAfterTheGroupsNameInASentenceAreRead() {
    assertThat(figures("本年度办理结果中，予以公开17件，部分公开3件，本机关不掌握相关政府信息5件。"))
        .containsExactlyInAnyOrder("granted.total=17", "partially_granted.total=3", "unavailable_not_held.total=5");
  }

  /** Values listed after their names (分别为) are each name's, where names and values pair one to one. */
  @Test
  void valuesListedAfterTheirNamesPairOneToOne() {
    assertThat(figures("本年新收政府信息公开申请12件，其中自然人、商业企业分别为8件、4件。"))
        .containsExactlyInAnyOrder("new_received.total=12", "new_received.natural_person=8",
            "new_received.commercial_enterprise=4");
    assertThat(figures("本年度办理结果中，予以公开、部分公开和不予公开分别是6、2、1件。"))
        .contains("granted.total=6", "partially_granted.total=2");
    // three names, two values: which is whose is unknown
    assertThat(figures("本年度办理结果中，予以公开、部分公开、本机关不掌握相关政府信息分别为6件、2件。"))
        .noneMatch(f -> f.startsWith("granted") || f.startsWith("partially_granted") || f.startsWith("unavailable"));
  }

  /** 分别 with a verb between pairs one to one, or states nothing; names each given their value after 分别为 keep it. */
  @Test
  void respectivelyWithAVerbOrWithNamesAfterItPairsOneToOneOnly() {
    assertThat(figures("本年新收政府信息公开申请9件，分别为自然人8件、法人或其他组织1件。"))
        .containsExactlyInAnyOrder("new_received.total=9", "new_received.natural_person=8");
    assertThat(figures("本年新收政府信息公开申请9件，其中自然人、商业企业分别提出申请8件、1件。"))
        .containsExactlyInAnyOrder("new_received.total=9", "new_received.natural_person=8",
            "new_received.commercial_enterprise=1");
    // two values, no names to pair them with: neither is the whole's
    assertThat(figures("本机关分别收到政府信息公开申请8件、1件。")).isEmpty();
  }

  /** The traps: a count of all received answered on time, a comparison, a percentage state nothing more. */
  @Test
  void aSummaryAComparisonAndAPercentageStateOnlyWhatTheySay() {
    assertThat(figures("全年共收到政府信息公开申请37件，均已按期答复。")).containsExactly("new_received.total=37");
    assertThat(figures("较上年的21件，同比增长50%。")).isEmpty();
    assertThat(figures("结转下年度继续办理：未发生。")).isEmpty();
  }

  /** 项 and 条 count applications where the application is the noun counted; 依申请公开信息7条 counts information. */
  @Test
  void applicationsCountedByItemAreTheReceivedCount() {
    assertThat(figures("2020年，我局收到4项依申请公开事项。")).containsExactly("new_received.total=4");
    assertThat(figures("2020年度我局收到政府信息公开申请6条，均按时答复。")).containsExactly("new_received.total=6");
    assertThat(figures("2020年，我局依申请公开信息7条。")).isEmpty();
  }

  /** A carry into the next year named by its year, or put off to it, is the report's 结转下年度. */
  @Test
  void aCarryIntoTheYearAfterTheReportsIsCarriedForward() {
    assertThat(figures("2020年共受理政府信息公开申请12件，结转至2021年办理3件。"))
        .containsExactlyInAnyOrder("new_received.total=12", "carried_forward.total=3");
    assertThat(figures("2020年共受理政府信息公开申请12件，顺延至下一年答复2件。"))
        .containsExactlyInAnyOrder("new_received.total=12", "carried_forward.total=2");
    assertThat(figures("2020年共受理政府信息公开申请309件,另有12件申请顺延到下年度答复。"))
        .containsExactlyInAnyOrder("new_received.total=309", "carried_forward.total=12");
    assertThat(figures("2020年共受理政府信息公开申请44件,顺延到2021年度申请2件。"))
        .containsExactlyInAnyOrder("new_received.total=44", "carried_forward.total=2");
  }

  /**
   * A carry into the report's own year (0件转结2020年办结 in 2020's report: last year's wording kept) is no carry
   * forward, and says nothing sure of the carry over either.
   */
  @Test
  void aCarryIntoTheReportsOwnYearIsNotCarriedForward() {
    assertThat(figures("2020年收到政府信息公开申请共5件,其中书面申请3件,转办2件,0件转结2020年办结。"))
        .containsExactly("new_received.total=5");
  }

  /** None received, said with the verb 申请公开政府信息 after 未收到; a 不予处理 reason that prints the verb says nothing. */
  @Test
  void noneReceivedSaidWithTheVerbAfterApplicantsListedWithCommas() {
    assertThat(figures("本年度未收到个人、法人或者其他组织向本机关申请公开政府信息。")).containsExactly("new_received.total=0");
    assertThat(figures("对无正当理由大量反复申请公开政府信息的，依法不予处理。")).isEmpty();
  }

  /** A review or lawsuit about a 政府信息申请 is about disclosure: none of them is zero of each. */
  @Test
  void noReviewOrLawsuitAboutAnInformationApplicationIsZero() {
    List<String> figures = ProseReader.read(Topic.REVIEW_LITIGATION,
        Cell.Text.fold("2020年未发生因政府信息申请引起的行政复议和行政诉讼。"), false, 2020, Template.T2019).stream()
        .flatMap(st -> st.figures().stream()).map(f -> f.cell() + "=" + f.value()).toList();
    assertThat(figures).hasSize(15).allMatch(f -> f.endsWith("=0"))
        .contains("review.total=0", "litigation_direct.total=0", "litigation_after_review.total=0");
  }

  /**
   * The applications on one matter counted, then a bracket breaking them down (涉及征收补偿21件(其中8件予以公开,…)):
   * its outcomes are that matter's, no row of the year's; a bracket after the answered count breaks that count down.
   */
  @Test
  void outcomesInABracketAfterOneMattersCountAreNoRowOfTheYear() {
    assertThat(figures("2020年,收到政府信息公开依申请99件,其中,涉及土地、房屋征收补偿21件(其中8件予以公开,3件重件不予处理,5件经检索没有"))
        .containsExactly("new_received.total=99");
    assertThat(figures("2020年收到政府信息公开申请30件,其中涉及征收补偿21件(予以公开8件),予以公开12件。"))
        .containsExactlyInAnyOrder("new_received.total=30", "granted.total=12");
    assertThat(figures("2020年收到政府信息公开申请5件,已办结5件(其中予以公开3件,部分公开2件)。"))
        .contains("new_received.total=5", "granted.total=3", "partially_granted.total=2");
  }

  /** 申请公开 closing the clause names the application by its verb: 未收到申请公开 is none received. */
  @Test
  void noRequestToDiscloseReceivedIsNoneReceived() {
    assertThat(figures("2020年东梁乡未收到申请公开。")).containsExactly("new_received.total=0");
    assertThat(figures("2020收到依申请公开政府信息要求2条,均已答复。")).containsExactly("new_received.total=2");
    // an outcome counted first by item, as the applications are: 另一条因不掌握相关政府信息无法提供
    assertThat(figures("2020收到依申请公开政府信息要求2条,1条已予以回复,另一条因不掌握相关政府信息无法提供。"))
        .containsExactlyInAnyOrder("new_received.total=2", "unavailable_not_held.total=1");
  }

  /** 尚未 with the verb of receiving (尚未接到…行政复议和行政诉讼) is none received, not pending. */
  @Test
  void noReviewOrLawsuitYetReceivedIsZero() {
    List<String> figures = ProseReader.read(Topic.REVIEW_LITIGATION,
        Cell.Text.fold("截至2019年12月30日,我苏木尚未接到有关政府信息公开的举报、投诉、行政复议和行政诉讼。"), false, 2019,
        Template.T2019).stream().flatMap(st -> st.figures().stream()).map(f -> f.cell() + "=" + f.value()).toList();
    assertThat(figures).hasSize(15).allMatch(f -> f.endsWith("=0"));
    List<String> pending = ProseReader.read(Topic.REVIEW_LITIGATION,
        Cell.Text.fold("本年度行政复议1件,尚未审结。"), false, 2019, Template.T2019).stream()
        .flatMap(st -> st.figures().stream()).map(f -> f.cell() + "=" + f.value()).toList();
    assertThat(pending).doesNotContain("review.total=0");
  }

  /** An outcome's count may stand before it: 8件办理结果为本机关不掌握…, 3件为部分公开. */
  @Test
  void anOutcomesCountBeforeItIsItsCount() {
    assertThat(figures("本年度收到政府信息公开申请14件。其中，9件办理结果为本机关不掌握相关政府信息，3件为部分公开，"
        + "2件办理结果为没有现成信息需要另行制作。"))
        .containsExactlyInAnyOrder("new_received.total=14", "unavailable_not_held.total=9", "partially_granted.total=3",
            "unavailable_needs_creation.total=2");
  }

  /**
   * A row's wording with one character printed twice (过程性性信息) is the row, as a reader reads past the stutter; a
   * character dropped (复申请 of 答复申请人) may be another word, and is not read.
   */
  @Test
  void aRowWordingWithACharacterPrintedTwiceIsThatRow() {
    assertThat(figures("本年度收到政府信息公开申请6件,其中,予以公开3件,属于四类过程性性信息2件,其他1件。"))
        .contains("withheld_process_info.total=2");
    assertThat(figures("本年度收到政府信息公开申请6件,已全部答复申请人6件。"))
        .noneMatch(f -> f.startsWith("not_processed_duplicate"));
  }

  /**
   * A row named by the template's own wording is that row whatever group word the clause adds (保护第三方合法权益
   * 不予公开); the wording's count after it wins over one before it, which may be the group's.
   */
  @Test
  void aRowNamedByItsTemplateWordingIsThatRow() {
    assertThat(figures("本年度受理政府信息公开申请23件，保护第三方合法权益不予公开件11件，2件属于重复申请。"))
        .containsExactlyInAnyOrder("new_received.total=23", "withheld_third_party.total=11",
            "not_processed_duplicate.total=2");
    assertThat(figures("本年度办理结果中，不予公开5件（属于国家秘密2件、属于四类过程性信息3件）。"))
        .contains("withheld_state_secret.total=2", "withheld_process_info.total=3")
        .noneMatch(f -> f.equals("withheld_state_secret.total=5"));
    // a line that is only a row's label and one cell (a layout table printing a single cell) states no total
    assertThat(figures("7.属于行政执法案卷                         0件")).isEmpty();
    // a row's wording with complaint words in it names the row, not a complaint
    assertThat(figures("本年度受理政府信息公开申请9件，其中，4件为信访举报投诉类申请。"))
        .containsExactlyInAnyOrder("new_received.total=9", "not_processed_petition.total=4");
  }

  /**
   * Two clauses counting one row (不掌握…无法提供1件，信息不存在的1件) give parts of its count: neither is the row's; two zeros
   * are still zero.
   */
  @Test
  void twoClausesCountingOneRowGivePartsOfIt() {
    assertThat(figures("本年度收到政府信息公开申请6件,予以公开4件,因本机关不掌握相关政府信息无法提供1件,信息不存在的1件。"))
        .containsExactlyInAnyOrder("new_received.total=6", "granted.total=4");
    assertThat(figures("本年度予以公开4件,属于国家秘密0件,不予公开0件。")).contains("granted.total=4", "withheld_state_secret.total=0");
  }

  /**
   * The template's word for the received count with the noun left out after a clause that named the applications
   * (上年结转申请7件，本年新收421件); a breakdown by applicant worded 申请件, and legal persons' 0 fixing each of their columns.
   */
  @Test
  void receivedCountsWordedAsTheTemplateOrByApplicantKind() {
    assertThat(figures("2020年,上年结转政府信息公开申请7件,本年新收42件,剩余2件结转下一年度处理。"))
        .containsExactlyInAnyOrder("carried_over.total=7", "new_received.total=42", "carried_forward.total=2");
    assertThat(figures("全年共收到依申请公开12件,其中自然人申请件12件,法人或其他组织申请件0件。"))
        .containsExactlyInAnyOrder("new_received.total=12", "new_received.natural_person=12",
            "new_received.commercial_enterprise=0", "new_received.research_institution=0",
            "new_received.social_welfare_org=0", "new_received.legal_service_org=0", "new_received.other_org=0");
  }

  /** A row's wording followed by 等 (因“…”等原因不予公开) is one of the reasons the group's count covers, not that row's count. */
  @Test
  void aRowsWordingFollowedByEtcIsOneReasonOfTheGroup() {
    assertThat(figures("本年度收到申请52件,办理结果为:予以公开30件,因“属于国家秘密”等原因不予公开7件,结转下年度继续办理2件。"))
        .contains("granted.total=30", "carried_forward.total=2").noneMatch(f -> f.startsWith("withheld"));
    assertThat(figures("本年度办理结果中,属于国家秘密不予公开7件。")).containsExactly("withheld_state_secret.total=7");
    // the same with an outcome's gist (信息不存在, 不掌握): the count is the group's, its parts unknown
    assertThat(figures("收到并办理依申请公开47件,其中,予以公开8件,因申请信息不存在等原因无法提供32件,结转下年度继续办理9件。"))
        .contains("granted.total=8", "carried_forward.total=9").noneMatch(f -> f.startsWith("unavailable"));
    assertThat(figures("予以公开6件;因本机关不掌握等原因无法提供10件。")).containsExactly("granted.total=6");
    assertThat(figures("因本机关不掌握等原因无法提供0件。")).containsExactlyInAnyOrder("unavailable_not_held.total=0",
        "unavailable_needs_creation.total=0", "unavailable_unclear.total=0");
    assertThat(figures("因信息不存在无法提供3件。")).containsExactly("unavailable_not_held.total=3");
    // the 等 after the reason's object or a second reason: still the group's count
    assertThat(figures("予以公开及部分公开43件、因本机关不掌握相关情况等无法提供6件、信访举报投诉类申请及重复申请等不予处理3件。"))
        .noneMatch(f -> f.startsWith("unavailable") || f.startsWith("not_processed"));
    assertThat(figures("因本机关不掌握相关政府信息无法提供2件。")).containsExactly("unavailable_not_held.total=2");
  }

  /**
   * 未收到 over a list whose first item is the application: none received; the review and suit after it are their own
   * matters. An application that led to a review (因…申请引起的行政复议) is still no statement about applications received.
   */
  @Test
  void noneReceivedOverAListOpenedByTheApplication() {
    assertThat(figures("本年度未收到政府信息公开申请、政府信息公开行政复议和行政诉讼。")).contains("new_received.total=0");
    assertThat(figures("本年度未收到因政府信息公开申请引起的行政复议、行政诉讼。")).noneMatch(f -> f.startsWith("new_received"));
  }

  /**
   * Outside section 三, the part after a semicolon that opens with outcomes goes on with the applications counted before
   * it (共收到申请9件;予以公开5件…), though it does not say 申请 again.
   */
  @Test
  void outcomesAfterASemicolonAnswerTheApplicationsBeforeIt() {
    List<String> read = ProseReader.read(Topic.APPLICATIONS,
            Cell.Text.fold("2020年,测试街道共收到信息公开申请9件,上年度结转2件;予以公开5件,无法提供4件,结转下年继续办理2件。"),
            false, 2020, Template.T2019).stream()
        .flatMap(s -> s.figures().stream()).map(f -> f.cell() + "=" + f.value()).toList();
    assertThat(read).contains("new_received.total=9", "carried_over.total=2", "granted.total=5", "carried_forward.total=2")
        .noneMatch(f -> f.startsWith("unavailable"));
  }

  /** A clause without a figure (均已按期答复) between the received count and its breakdown leaves the breakdown its. */
  @Test
  void aBreakdownAfterAClauseWithoutAFigureIsTheReceivedCounts() {
    assertThat(figures("本年共收到政府信息公开申请23件，均已按期答复，其中自然人申请17件、科研机构6件。"))
        .containsExactlyInAnyOrder("new_received.total=23", "new_received.natural_person=17",
            "new_received.research_institution=6");
  }

  /** A breakdown by applicant in a sentence of its own (从申请主体看…) breaks down the received count before it. */
  @Test
  void aBreakdownByApplicantInASentenceOfItsOwnIsTheReceivedCounts() {
    assertThat(figures("本年共收到政府信息公开申请31件。从申请主体看，自然人申请26件，法律服务机构5件。"))
        .containsExactlyInAnyOrder("new_received.total=31", "new_received.natural_person=26",
            "new_received.legal_service_org=5");
    // after a figure of something else it breaks down nothing
    assertThat(figures("本年上年结转政府信息公开申请4件。从申请主体看，自然人申请3件。")).containsExactly("carried_over.total=4");
  }

  /** 办理结果总计 names （七）总计; a group label 本年度办理结果 before it is no table text. */
  @Test
  void theOutcomesTotalIsTheTotalRow() {
    assertThat(figures("本年度办理结果总计44件。")).containsExactly("total.total=44");
  }

  /**
   * The previous year said to have carried nothing (上年无结转), or the carry from it named by its year into the
   * report's (2019年结转至本年度), is the report's 上年结转.
   */
  @Test
  void aCarryFromThePreviousYearIsCarriedOver() {
    assertThat(figures("上年无结转申请，无结转下年度继续办理的申请。"))
        .containsExactlyInAnyOrder("carried_over.total=0", "carried_forward.total=0");
    assertThat(figures("2019年结转至本年度办理的申请7件。")).containsExactly("carried_over.total=7");
    assertThat(figures("2019年收到政府信息公开申请7件。")).isEmpty();
  }

  /**
   * The previous year's carry with its count right after (2019年结转132件) is the report's 上年结转; a carry into a later
   * year with its count after (结转2021年183件) is carried forward.
   */
  @Test
  void aCarryFromThePreviousYearCountedRightAfterIsCarriedOver() {
    assertThat(figures("全年接收政府信息公开申请1554件,2019年结转132件;全年办理1503件,结转2021年183件。"))
        .contains("new_received.total=1554", "carried_over.total=132", "carried_forward.total=183")
        .noneMatch(f -> f.startsWith("carried_over.") && f.endsWith("=183"));
  }

  /** 依 misprinted by its homophone 已 right after 无 (无已申请公开情况): none received; 已申请 elsewhere is no such word. */
  @Test
  void aMisprintedNoneOnApplicationIsNoneReceived() {
    assertThat(figures("经开区无已申请公开情况。")).containsExactly("new_received.total=0");
    assertThat(figures("对未公开但已申请公开的信息,均在法定期限内答复。")).isEmpty();
  }

  /** The year's part of a running total since the regulation took effect is the year's received count, noun left out. */
  @Test
  void theYearsPartOfARunningTotalIsTheReceivedCount() {
    assertThat(figures("《条例》施行以来共收到政府信息公开申请140件,其中本年度收到9件。")).containsExactly("new_received.total=9");
    assertThat(figures("自2008年以来累计收到政府信息公开申请140件,其中今年受理9件,均已办结。")).containsExactly("new_received.total=9");
  }

  /**
   * A clause opening on the answering and its count (答复458件(含上年结转8件)) after the received count is the count
   * answered, （七）总计; a count after answering that is no case count (回复12345热线) is none.
   */
  @Test
  void aClauseOpeningOnAnsweringAndItsCountIsTheTotal() {
    assertThat(figures("2020年,全年共收到政府信息依申请件454件,答复458件(含上年结转8件),结转下年办理4件。"))
        .containsExactlyInAnyOrder("new_received.total=454", "total.total=458", "carried_over.total=8", "carried_forward.total=4");
    assertThat(figures("2020年,共收到政府信息公开申请5件,回复12345热线工单30件。")).noneMatch(f -> f.startsWith("total."));
  }

  /** Applications answered are （七）总计 whether the count stands after 办结 or before it; ones not yet answered are not. */
  @Test
  void aCountBeforeAnsweredIsTheTotalAndOneStillOpenIsNot() {
    assertThat(figures("共收到政府信息公开申请25件,其中21件已办结,予以公开15件,主动撤回6件。"))
        .containsExactlyInAnyOrder("new_received.total=25", "total.total=21", "granted.total=15");
    assertThat(figures("共收到政府信息公开申请25件,其中21件已按时完成答复,剩余4件结转下年度继续办理。"))
        .containsExactlyInAnyOrder("new_received.total=25", "total.total=21", "carried_forward.total=4");
    assertThat(figures("共收到政府信息公开申请25件,未办结4件。")).containsExactly("new_received.total=25");
    assertThat(figures("共收到政府信息公开申请25件,其中4件尚未办结。")).containsExactly("new_received.total=25");
  }

  /**
   * Wordings read as a person does: applications received counted by item, 申请 right before the count (收到申请19条);
   * the noun first with its own 申请 (依申请公开政府信息申请 4件); 不存在 as a none of the carried over.
   */
  @Test
  void receivedByItemNounFirstAndNoneCarriedSaidWithBuCunZai() {
    assertThat(figures("2020年政府信息依申请公开收到申请19条,及时回复19条。")).contains("new_received.total=19");
    assertThat(figures("2020年收到申请19条。")).isEmpty();
    assertThat(figures("2020年全年依申请公开政府信息申请 4件,申请人均为自然人,信息不存在2件。"))
        .contains("new_received.total=4", "new_received.natural_person=4");
    assertThat(figures("不存在上年度结转政府信息公开申请。")).containsExactly("carried_over.total=0");
    assertThat(figures("本年共收到政府信息公开申请3件,不存在结转下年度的情况。"))
        .containsExactlyInAnyOrder("new_received.total=3", "carried_forward.total=0");
  }

  /**
   * An answered count after 其中 beside other outcomes' counts it does not hold is one part of the answered, never
   * （七）总计, however 办结 is worded; outcomes after it adding up to it break it down, the carried forward aside.
   */
  @Test
  void anAnsweredCountBesideOtherOutcomesIsOnlyAPart() {
    assertThat(figures("街道共受理政府信息公开申请10件,其中2件均按规定程序办结,6件为“本机关不掌握相关政府信息”,重复申请1件,主动撤销1件。"))
        .contains("new_received.total=10", "unavailable_not_held.total=6").noneMatch(f -> f.startsWith("total."));
    assertThat(figures("共受理政府信息公开申请10件,其中3件已办结,予以公开5件,不予公开2件。")).noneMatch(f -> f.startsWith("total."));
    assertThat(figures("共收到政府信息公开申请25件,其中21件已办结,予以公开15件,主动撤回6件,4件结转下年度。"))
        .contains("total.total=21", "carried_forward.total=4");
    assertThat(figures("共受理政府信息公开申请10件,其中4件均按时办结,6件为部分公开。"))
        .contains("partially_granted.total=6").noneMatch(f -> f.startsWith("total."));
  }

  /** An answered count after 其中 of a part of the applications (5件为本机关直接办理,其中3件已答复) is that part's: no （七）总计. */
  @Test
  void anAnsweredCountOfAPartOfTheApplicationsIsNoTotal() {
    assertThat(figures("全年共受理政府信息公开申请12件,其中7件为转办件,均已办结;5件为本机关直接办理,其中3件已答复完毕,2件正在办理。"))
        .contains("new_received.total=12").noneMatch(f -> f.startsWith("total."));
  }

  /** 转结 is 结转 misprinted: still a carry into the next year, none or counted. */
  @Test
  void aCarryForwardMisprintedAsZhuanjieIsCarriedForward() {
    assertThat(figures("共收到政府信息公开申请3件,无转结下年度继续办理件。")).containsExactlyInAnyOrder("new_received.total=3", "carried_forward.total=0");
    assertThat(figures("共收到政府信息公开申请3件,转结下年度继续办理2件。")).containsExactlyInAnyOrder("new_received.total=3", "carried_forward.total=2");
  }

  /**
   * An aside about another period (（上年为52件）) or a comparison with another year (比2019年下降12%) is dropped on
   * its own: the figure before it and the breakdown after it stay the report's.
   */
  @Test
  void anAsideOrAComparisonAboutAnotherYearLeavesTheScope() {
    assertThat(figures("本年度新收政府信息公开申请48件（上年为52件），其中自然人申请40件。"))
        .containsExactlyInAnyOrder("new_received.total=48", "new_received.natural_person=40");
    assertThat(figures("2020年共收到政府信息公开申请48件（2019年为52件）。")).containsExactly("new_received.total=48");
    assertThat(figures("2020年共收到政府信息公开申请48件，比2019年下降12%，其中自然人申请40件。"))
        .containsExactlyInAnyOrder("new_received.total=48", "new_received.natural_person=40");
    // an aside that is the report's own figure stays
    assertThat(figures("2020年共办理政府信息公开申请48件（含上年结转5件）。")).containsExactly("carried_over.total=5");
  }

  /** A row written as a sentence whose cells semicolons part is read whole, not cut at its first semicolon. */
  @Test
  void aRowSentenceWithCellsPartedBySemicolonsIsReadWhole() {
    assertThat(figures("部分公开：自然人3件；商业企业1件；科研机构0件；社会公益组织0件；法律服务机构2件；其他0件；总计6件。"))
        .containsExactlyInAnyOrder("partially_granted.natural_person=3", "partially_granted.commercial_enterprise=1",
            "partially_granted.research_institution=0", "partially_granted.social_welfare_org=0",
            "partially_granted.legal_service_org=2", "partially_granted.other_org=0", "partially_granted.total=6");
  }

  /** A bracketed breakdown of reviews (（其中维持1起…）) gives each outcome its own count, and the count before it the total. */
  @Test
  void aBracketedBreakdownOfReviewsCountsEachOutcome() {
    List<String> figures = ProseReader.read(Topic.REVIEW_LITIGATION,
        Cell.Text.fold("本年度被申请行政复议9起（其中维持原行政行为2起、尚在审理中7起）。"), true, 2020, Template.T2019).stream()
        .flatMap(st -> st.figures().stream()).map(f -> f.cell() + "=" + f.value()).toList();
    assertThat(figures).containsExactlyInAnyOrder("review.total=9", "review.upheld=2", "review.pending=7");
  }

  /**
   * Carried over worded the other way round (结转上年度…申请4件) is no figure of last year's, nor are the clauses after
   * it; the year before the report's with its carry (2019年结转…) is its 上年结转; 办理完成 counts the answered.
   */
  @Test
  void carriedOverWordedOtherwiseAndAnsweredAsCompleted() {
    assertThat(figures("2020年新收政府信息公开申请30件,结转上年度政府信息公开申请4件,办理完成31件,结转2021年度继续办理3件。"))
        .containsExactlyInAnyOrder("new_received.total=30", "carried_over.total=4", "total.total=31",
            "carried_forward.total=3");
    assertThat(figures("2020年,共收到6件依申请公开请求,2019年结转政府信息公开申请2件,共办结7件,结转2021年度继续办理1件。"))
        .containsExactlyInAnyOrder("new_received.total=6", "carried_over.total=2", "total.total=7",
            "carried_forward.total=1");
    // a carry from an earlier year is not the report's
    assertThat(figures("2020年,共收到6件依申请公开请求,2018年结转政府信息公开申请2件。"))
        .containsExactly("new_received.total=6");
  }

  /**
   * The 2021 row label 申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 with a character lost or misread
   * (逾 dropped, 人 read 入): 无 opens 无正当理由, a reason missing, and says nothing of applications received.
   */
  @Test
  void aLabelWithoutGoodReasonIsNoNoneReceived() {
    assertThat(figures("其处理1.申请入无正当理由期不补正、行政机关不再处理其政府信息公开申请")).isEmpty();
    assertThat(figures("申请人无正当理由不补正、行政机关不再处理其政府信息公开申请")).isEmpty();
  }

  /** 无申请公开政务信息: no one applied (无 right before the verb), not the label 无正当理由大量反复申请. */
  @Test
  void noneApplyingForInformationIsNoneReceived() {
    assertThat(figures("2020年度我镇无申请公开政务信息情况。")).containsExactly("new_received.total=0");
    assertThat(figures("2020年1月1日以来,我办没有收到要求申请公开的政府信息。")).containsExactly("new_received.total=0");
    assertThat(figures("本年度,未接到群众要求公开的信息。")).containsExactly("new_received.total=0");
  }

  /** The noun before its count with the verb between, or 公开 left unsaid after 依申请: the received applications. */
  @Test
  void receivedApplicationsNamedBeforeTheVerbOrWithoutTheDisclosureWord() {
    assertThat(figures("2020年,我镇依申请公开政府信息共收到37件,其中33件已办结。")).contains("new_received.total=37");
    assertThat(figures("2020年,我镇依申请公开请求9件,都妥善答复。")).containsExactly("new_received.total=9");
    assertThat(figures("2020年度收到依申请信息21件,均按规定在法定期限内予以答复。")).containsExactly("new_received.total=21");
  }

  /** A report counting the applications it handled by item (办理…9条) counts their outcomes so too; the handled count no row. */
  @Test
  void anOutcomeCountedByItemAfterApplicationsHandledByItem() {
    assertThat(figures("全年办理政府信息依申请公开9条,本机关不掌握政府信息答复4条。"))
        .containsExactly("unavailable_not_held.total=4");
  }

  /** The last item of a list counted with it (…、依申请公开四个板块) is no count of applications; the none before stands. */
  @Test
  void aListsCountIsNotTheCountOfItsLastItem() {
    assertThat(figures("2020年在网站开设了子网页,设立政府信息公开指南、政府信息公开年报、依申请公开四个板块。")).isEmpty();
    assertThat(figures("全面落实《条例》,抓住主动公开和依申请公开两个关键,持续推进政策解读。")).isEmpty();
    assertThat(figures("2020年,我委主动公开信息20条、依申请公开3件。")).containsExactly("new_received.total=3");
  }

  /** A count of all applications handled, broken down into the new and the carried over: the new part is 本年新收. */
  @Test
  void theNewPartOfAllApplicationsHandledIsTheReceivedCount() {
    assertThat(figures("2020年本机关共受理政府信息公开申请15件,其中新收到14件,结转上年度办理1件,办结13件,结转下年度继续办理2件。"))
        .containsExactlyInAnyOrder("new_received.total=14", "carried_over.total=1", "total.total=13", "carried_forward.total=2");
  }

  /** The request named by its subject alone (受理政府信息公开1件, 申请 left out), or as submitted, is the received count. */
  @Test
  void aRequestNamedBySubjectAloneIsReceived() {
    assertThat(figures("2020年,我局共受理政府信息公开1件,办结1件。")).containsExactlyInAnyOrder("new_received.total=1", "total.total=1");
    // how it was submitted between the verb and the subject
    assertThat(figures("2020年,我委接收网络方式提交政府信息公开3件。")).containsExactly("new_received.total=3");
    assertThat(figures("2020年,我委接收通过信函提交的政府信息公开2件。")).containsExactly("new_received.total=2");
    assertThat(figures("2020年,我委接收群众咨询政府信息公开3件。")).isEmpty();
  }

  /**
   * A bracket saying all came from residents right after the received count (受理33件申请(均为自然人提交)) is their
   * natural_person count; none carried to the next year named by its number (无结转2021年继续办理件) is none carried forward.
   */
  @Test
  void allFromResidentsInABracketAndNoneCarriedToTheNamedNextYear() {
    assertThat(figures("2020年,区政府办公室共受理33件政府信息公开申请(均为自然人提交),其中按期办结33件,无结转2021年继续办理件。"))
        .containsExactlyInAnyOrder("new_received.total=33", "new_received.natural_person=33", "total.total=33",
            "carried_forward.total=0");
  }

  /** Applications answered in all, counted with their noun (共答复依申请公开7件), are （七）总计; answered enquiries are not. */
  @Test
  void answeredApplicationsCountedWithTheirNounAreTheTotal() {
    assertThat(figures("2020年我局收到依申请公开7件,上一年度结转0件,共答复依申请公开7件,结转下年度办理0件。"))
        .containsExactlyInAnyOrder("new_received.total=7", "carried_over.total=0", "total.total=7", "carried_forward.total=0");
    assertThat(figures("2020年我局收到依申请公开7件,共答复群众咨询15次。")).containsExactly("new_received.total=7");
  }

  /** Applications counted before their noun: 收到5件信息依申请公开, 收到6件依申请公开请求. */
  @Test
  void applicationsCountedBeforeTheirNoun() {
    assertThat(figures("2020年,本街道共收到5件信息依申请公开,其中4件已经按时答复。")).contains("new_received.total=5");
    assertThat(figures("2020年,共收到6件依申请公开请求。")).containsExactly("new_received.total=6");
  }

  /** A bracket right after a lawsuit count breaks it down by kind: the count before it, of both kinds, is no kind's. */
  @Test
  void aBracketAfterALawsuitCountBreaksItDownByKind() {
    assertThat(review("本年度因政府信息公开引起的行政诉讼5件（未经复议直接起诉3件，复议后起诉2件）。"))
        .containsExactlyInAnyOrder("litigation_direct.total=3", "litigation_after_review.total=2");
  }

  /**
   * A result named without a count right after a proceeding's count (行政复议1起，正在办理中; 已审结，结果为维持) is that of
   * all of them; two results named so (予以维持和纠正) say nothing of either.
   */
  @Test
  void aResultWithoutACountAfterAProceedingsCountIsAllOfThem() {
    assertThat(review("信息公开类行政复议1起,正在办理中。")).containsExactlyInAnyOrder("review.total=1", "review.pending=1");
    assertThat(review("本年度收到政府信息公开行政复议申请2件,已审结,结果为维持。"))
        .containsExactlyInAnyOrder("review.total=2", "review.upheld=2");
    assertThat(review("本年度发生政府信息公开行政复议3件,分别予以维持和纠正。")).containsExactly("review.total=3");
  }

  /** Reviews a government heard as the review organ (审理…行政复议案件) are not reviews of its own answers. */
  @Test
  void reviewsTheBodyHeardAreNotItsOwn() {
    assertThat(review("审理政府信息公开行政复议案件7起,其中:结果维持3起,结果纠正3起,其他结果1起。")).isEmpty();
    assertThat(review("本年度被申请行政复议2起,结果维持2起,正在审理的行政复议0起。")).contains("review.total=2", "review.upheld=2");
  }

  /**
   * 不涉及行政复议和行政诉讼 (none involved) denies both, as 未发生 does; 公开政府信息的申请 names disclosure applications, so
   * the sentence speaks of them outside section 四 too.
   */
  @Test
  void noReviewOrSuitInvolvedIsNone() {
    assertThat(review("本年度不涉及政府信息公开行政复议和行政诉讼。")).contains("review.total=0", "litigation_direct.total=0",
        "litigation_after_review.total=0");
    assertThat(ProseReader.read(Topic.REVIEW_LITIGATION,
            Cell.Text.fold("此外,未收到任何公民、法人或其他组织提出的公开政府信息的申请,也不涉及行政复议和行政诉讼。"), false, 2020,
            Template.T2019).stream().flatMap(st -> st.figures().stream()).map(f -> f.cell() + "=" + f.value()).toList())
        .contains("review.total=0", "litigation_direct.total=0", "litigation_after_review.total=0");
  }

  private static List<String> review(String sentence) {
    return ProseReader.read(Topic.REVIEW_LITIGATION, Cell.Text.fold(sentence), true, 2020, Template.T2019).stream()
        .flatMap(st -> st.figures().stream()).map(f -> f.cell() + "=" + f.value()).toList();
  }

  /**
   * 公民、法人或其他组织 names every applicant, not residents alone; 个人 is a resident, and a bracket after the
   * legal persons' count breaks it down by column.
   */
  @Test
  void applicantsNamedTogetherAndLegalPersonsBrokenDownInBrackets() {
    assertThat(figures("本年共受理公民、法人或其他组织提出的政府信息公开申请27件。")).containsExactly("new_received.total=27");
    assertThat(figures("本年共收到政府信息公开申请27件，其中个人申请19件，法人或其他组织申请8件（商业企业5件、法律服务机构3件）。"))
        .containsExactlyInAnyOrder("new_received.total=27", "new_received.natural_person=19",
            "new_received.commercial_enterprise=5", "new_received.legal_service_org=3");
  }

  /**
   * Received applications worded otherwise: the noun 依申请公开事项 before its item count (受理…事项7项), a bare 申请 after the
   * disclosure channel (通过信息公开平台收到申请0件) or after a clause naming disclosure applications, a case of it counted (收到依申请公开办件3条), 尚未收到 as none received; the applicant named as the clause's subject
   * (申请主体为自然人) is every received application's.
   */
  @Test
  void receivedApplicationsWordedOtherwise() {
    assertThat(figures("2020年度,本委受理并按时回复政府信息依申请公开事项7项,全部为自然人申请。"))
        .containsExactlyInAnyOrder("new_received.total=7", "new_received.natural_person=7");
    assertThat(figures("2020年,我乡通过信息公开平台收到申请0件,转办0件。")).containsExactly("new_received.total=0");
    assertThat(figures("2020年全镇依法办理政府信息公开申请,共收到申请3件,共办结3件。")).contains("new_received.total=3");
    assertThat(figures("2020年全镇开展政务公开培训,共收到申请3件。")).doesNotContain("new_received.total=3");
    assertThat(figures("至今,本院尚未收到市民或法人依申请公开信息要求。")).containsExactly("new_received.total=0");
    assertThat(figures("全年共受理依申请公开申请3件,申请主体为自然人,已及时办理。"))
        .containsExactlyInAnyOrder("new_received.total=3", "new_received.natural_person=3");
    assertThat(figures("本年尚未办结依申请公开申请2件。")).doesNotContain("new_received.total=0");
    assertThat(figures("2020年某街道收到依申请公开办件3条,与去年相比减少1条。")).containsExactly("new_received.total=3");
  }

  /** The business of disclosure on request counted by item (收到政务信息依申请公开业务0条) is the received count. */
  @Test
  void theBusinessOfDisclosureOnRequestCountedByItemIsTheReceived() {
    assertThat(figures("本年度小河镇收到政务信息依申请公开业务0条。")).containsExactly("new_received.total=0");
  }

  /**
   * No letters of application (未收到依申请公开来信) names one way applications come in, not all of them: no none
   * received; no applications at all still is one.
   */
  @Test
  void noLettersOfApplicationIsNoNoneReceived() {
    assertThat(figures("2023 年,全年未收到依申请公开来信,无意见投诉情况。")).isEmpty();
    assertThat(figures("2023年,全年未收到依申请公开申请,无意见投诉情况。")).containsExactly("new_received.total=0");
  }

  /** The application's form counted by item (收到政府信息公开申请书6条) is the received count. */
  @Test
  void applicationFormsCountedByItemAreTheReceived() {
    assertThat(figures("2020年,共收到政府信息公开申请书7条,其中6件已按时答复。")).contains("new_received.total=7");
  }

  /** 未收到依法申请公开事项: the applications, worded after the right to make them (依法申请), none received. */
  @Test
  void noneReceivedOfApplicationsMadeByLaw() {
    assertThat(figures("全年未收到依法申请公开事项。")).containsExactly("new_received.total=0");
  }

  /** 依申请信息公开事项: the information word inside the on-request noun, the same application; none received. */
  @Test
  void noneReceivedWithTheInformationWordInsideTheOnRequestNoun() {
    assertThat(figures("2020年未收到公民依申请信息公开事项。")).contains("new_received.total=0");
    assertThat(figures("全年未收到依申请政府信息公开申请。")).containsExactly("new_received.total=0");
  }

  /** The count first, then its applicants (2件为自然人申请，1件为商业企业申请), right after the received count. */
  @Test
  void aBreakdownWithTheCountBeforeTheApplicant() {
    assertThat(figures("今年收到政府信息公开申请5件,3件为自然人申请,2件为商业企业申请,已全部办结。"))
        .contains("new_received.total=5", "new_received.natural_person=3", "new_received.commercial_enterprise=2");
    assertThat(figures("今年收到政府信息公开申请5件,3件为自然人申请,2件为商业企业申请,已全部办结。"))
        .noneMatch(f -> f.startsWith("granted") || f.startsWith("total"));
  }

  /** 尚未办结 of a review is its pending count, as 尚未审结. */
  @Test
  void aReviewNotYetClosedIsPending() {
    List<String> figures = ProseReader.read(Topic.REVIEW_LITIGATION,
        Cell.Text.fold("全年因政府信息公开共收到行政复议2件,维持结果1件,尚未办结1件。"), false, 2020, Template.T2019).stream()
        .flatMap(st -> st.figures().stream()).map(f -> f.cell() + "=" + f.value()).toList();
    assertThat(figures).contains("review.total=2", "review.upheld=1", "review.pending=1");
  }

  /** 集中采购事项7项 counts purchases, as 采购项目 does. */
  @Test
  void procurementMattersCountPurchases() {
    List<String> figures = ProseReader.read(Topic.PROCUREMENT,
        Cell.Text.fold("通过市政府采购网公开集中采购事项5项,采购总金额2.1万元。"), false, 2019, Template.T2019).stream()
        .flatMap(st -> st.figures().stream()).map(f -> f.cell() + "=" + f.value()).toList();
    assertThat(figures).contains("item_count=5", "amount_text=2.1万元");
  }

  /** A breakdown by channel (2件为网络申请) between the received count and its breakdown by applicant leaves the latter read. */
  @Test
  void aBreakdownByApplicantAfterOneByChannel() {
    assertThat(figures("本年度收到政府信息公开申请6件,4件为网络申请,2件为信件申请;申请人为自然人的5件,法人或者其他组织的1件。"))
        .contains("new_received.total=6", "new_received.natural_person=5");
  }

  /**
   * A bare 申请 (申请书) whose later clause says what the applications asked to disclose (申请公开的政府信息主要涉及…) is a
   * disclosure application; without such a clause a bare 申请 may be any application.
   */
  @Test
  void aLaterClauseNamingWhatWasAppliedForMakesABareApplicationADisclosureOne() {
    assertThat(figures("2020年度某局接收到申请书12份,申请公开的政府信息主要涉及征地信息。")).containsExactly("new_received.total=12");
    assertThat(figures("2020年度某局接收到申请书12份,所申请公开的内容均为规划信息。")).containsExactly("new_received.total=12");
    assertThat(figures("2020年度某局接收到申请书12份,涉及征地信息。")).isEmpty();
  }

  /**
   * 申请数量为0 without a counter is the received count (数量 makes the figure one); a decimal or a percentage after
   * it is no count.
   */
  @Test
  void aNumberOfApplicationsWithoutACounter() {
    assertThat(figures("2020年,办公室受理政府信息公开申请数量为0。")).containsExactly("new_received.total=0");
    assertThat(figures("2020年,依申请公开的数量为3.5%。")).isEmpty();
  }

  /** 未收到…依申请公开信息、行政复议和行政诉讼: none received heads the list, its information word before the 、. */
  @Test
  void noneReceivedWithItsInformationWordHeadingAList() {
    assertThat(figures("我室本年度未收到任何形式的依申请公开信息、行政复议和行政诉讼。")).contains("new_received.total=0");
  }

  /** 收到依申请公开信息3条: the information on request counted after its noun, as 收到3条依申请公开信息 counts it before. */
  @Test
  void informationOnRequestCountedAfterItsNoun() {
    assertThat(figures("2020年我街共收到依申请公开信息3条,均已办结。")).containsExactly("new_received.total=3");
  }

  /**
   * A bare 申请 counted after a sentence of the paragraph speaking of disclosure applications is one of them: 公民 the
   * natural_person column. Alone, a bare 申请 may be any application; one of another kind (政务服务申请) is not one.
   */
  @Test
  void aBareApplicationInAParagraphOnDisclosureApplicationsIsOne() {
    assertThat(figures("坚持答复及时,畅通依申请公开受理渠道,规范依申请公开流程。2020年,区生态环境局共受理公民申请4件,均已按时答复。"))
        .containsExactlyInAnyOrder("new_received.total=4", "new_received.natural_person=4");
    assertThat(figures("2020年,区生态环境局共受理公民申请4件,均已按时答复。")).isEmpty();
    assertThat(figures("2020年,我局依法办理依申请公开事项5件。全年共受理政务服务申请2300件,办结率100%。"))
        .doesNotContain("new_received.total=2300");
  }

  /** 收到自然人申请2件: applicants named by the template's column word make the bare 申请 a disclosure one, theirs. */
  @Test
  void applicationsOfApplicantsTheTemplateNames() {
    assertThat(figures("2020年,共收到自然人申请2件,均按规定予以办理。"))
        .containsExactlyInAnyOrder("new_received.total=2", "new_received.natural_person=2");
    assertThat(figures("2020年,共收到居民申请2件,均按规定予以办理。")).isEmpty();
  }

  /** None received in the 条例's wording (未收到公民、法人或者其他组织申请…政府信息), or with 政府 inside the noun (未有依申请政府公开信息). */
  @Test
  void noneReceivedInTheRegulationsWording() {
    assertThat(figures("2020年县卫生健康委未收到公民、法人或者其他组织申请除本机关主动公开以外的其他政府信息。"))
        .containsExactly("new_received.total=0");
    assertThat(figures("2020年度我单位未有依申请政府公开信息。")).containsExactly("new_received.total=0");
  }

  /** 转结 before a year is 结转 misprinted: the year the carry goes to, not another year the clause speaks of. */
  @Test
  void aMisprintedCarryToTheNextYearIsTheReportsOwn() {
    assertThat(figures("2020年,收到信息依申请公开共0件,0件转结2021年办结。"))
        .containsExactlyInAnyOrder("new_received.total=0", "carried_forward.total=0");
  }

  /** An answered count with the carried over it holds in a bracket (办结168件(含上年结转14件)): both counts. */
  @Test
  void anAnsweredCountAndTheCarriedOverItHolds() {
    assertThat(figures("全年收到政府信息公开申请共161件,当年办结168件(含上年结转14件)。"))
        .containsExactlyInAnyOrder("new_received.total=161", "total.total=168", "carried_over.total=14");
  }

  /** A bracket sending the reader to section 四 (详见…) does not make the clause's count a review's. */
  @Test
  void aCrossReferenceToTheReviewsIsNoPartOfTheClause() {
    assertThat(figures("全年收到政府信息公开申请共161件,结转下一年7件(具体情况及涉及行政复议、行政诉讼情况详见本报告第三、四部分)。"))
        .containsExactlyInAnyOrder("new_received.total=161", "carried_forward.total=7");
  }

  /** A span of time counted with 个 (均在3个工作日内办结) is no count of the applications answered. */
  @Test
  void aSpanOfWorkingDaysIsNoCount() {
    assertThat(figures("2020年共收到政府信息公开申请5件,均在3个工作日内办结。")).containsExactly("new_received.total=5");
    assertThat(figures("2020年共收到政府信息公开申请5件,平均15个自然日答复完毕。")).containsExactly("new_received.total=5");
  }

  private static List<String> figures2021(String paragraph) {
    return ProseReader.read(Topic.APPLICATIONS, Cell.Text.fold(paragraph), true, 2021, Template.T2021).stream()
        .flatMap(s -> s.figures().stream()).map(f -> f.cell() + "=" + f.value()).toList();
  }

  /**
   * A group outcome's count, then its reason in the next clause without a count of its own (不予公开1件,属于保护第三方
   * 合法权益; “无法提供”的2件,属于本机关不掌握相关政府信息): the row the reason names; not a reason of another group.
   */
  @Test
  void aGroupsCountThenItsReasonIsTheReasonsRow() {
    assertThat(figures("2020年共收到政府信息公开申请5件。其中,予以公开2件,不予公开1件,属于保护第三方合法权益;无法提供2件,属于本机关不掌握相关政府信息。"))
        .contains("withheld_third_party.total=1", "unavailable_not_held.total=2");
    assertThat(figures("2020年共收到政府信息公开申请4件,其中“予以公开”的1件,“无法提供”的3件,属于本机关不掌握相关政府信息。"))
        .contains("granted.total=1", "unavailable_not_held.total=3");
    assertThat(figures("2020年共收到政府信息公开申请2件,其中不予公开2件,属于本机关不掌握相关政府信息。"))
        .noneMatch(f -> f.startsWith("unavailable_not_held") || f.startsWith("withheld_"));
  }

  /**
   * The people who applied counted before their applications (收到4名自然人申请…5件): 5 is the received count, all of it
   * theirs; 4 counts people, no cell.
   */
  @Test
  void peopleCountedBeforeTheirApplicationsAreNoCount() {
    assertThat(figures("我街道2020年度共收到4名自然人申请政府信息公开5件。"))
        .containsExactlyInAnyOrder("new_received.total=5", "new_received.natural_person=5");
    assertThat(figures("2020年共收到2名公民的政府信息公开申请3件,均已按时答复。"))
        .containsExactlyInAnyOrder("new_received.total=3", "new_received.natural_person=3");
  }

  /**
   * 收到2个自然人的…申请 (or 2件由自然人发起的): the received count printed before the applicants it came from is that column's count too; not
   * where the applicants are every kind (公民、法人或其他组织).
   */
  @Test
  void receivedCountBeforeItsApplicantsIsTheirs() {
    assertThat(figures("2020年共收到2个自然人的政府信息公开申请。"))
        .containsExactlyInAnyOrder("new_received.total=2", "new_received.natural_person=2");
    assertThat(figures("2020年共收到1个商业企业提出的政府信息公开申请。"))
        .containsExactlyInAnyOrder("new_received.total=1", "new_received.commercial_enterprise=1");
    assertThat(figures("2020年共收到3个公民、法人或其他组织的政府信息公开申请。")).noneMatch(f -> f.contains("natural_person"));
    // the applicants marked as the agent (由…发起): theirs all the same
    assertThat(figures("全街收到2件由自然人发起的政府信息公开申请,并依法规范受理、答复。"))
        .containsExactlyInAnyOrder("new_received.total=2", "new_received.natural_person=2");
  }

  /**
   * 公民个人提出申请1030件: one applicant column's filed applications, counted without a verb of receiving, are that
   * column's received count and say nothing of the total; every applicant named (公民、法人或其他组织) is no column.
   */
  @Test
  void applicationsFiledByOneApplicantColumn() {
    assertThat(figures("2020年，公民个人提出申请1030件。")).containsExactly("new_received.natural_person=1030");
    assertThat(figures("2020年收到政府信息公开申请3件，其中公民个人提出申请2件。"))
        .containsExactlyInAnyOrder("new_received.total=3", "new_received.natural_person=2");
    assertThat(figures("2020年，公民、法人或其他组织提出申请12件。")).isEmpty();
  }

  /** 商业机构 is the 商业企业 column (the template's variant), and a breakdown clause may end its sentence (。). */
  @Test
  void commercialInstitutionIsTheCommercialEnterpriseColumn() {
    assertThat(figures("2020年收到政府信息公开申请2件，1件为商业机构申请，1件为自然人申请。"))
        .containsExactlyInAnyOrder("new_received.total=2", "new_received.commercial_enterprise=1",
            "new_received.natural_person=1");
  }

  /**
   * 逾期未补正, 逾期未缴纳费用: the 2021 template's （六）1 and 2 by their gist, though 逾期 and 费用 elsewhere name another
   * matter; the 2019 template has no such row, and a fee sentence stays a fee's.
   */
  @Test
  void overdueCorrectionAndFeeByTheirGist() {
    assertThat(figures2021("本年度收到政府信息公开申请2件，申请人逾期未补正1件，申请人逾期未按收费通知要求缴纳费用0件。"))
        .containsExactlyInAnyOrder("new_received.total=2", "other_overdue_correction.total=1", "other_overdue_fee.total=0");
    assertThat(figures2021("申请人逾期不补正的2件。")).containsExactly("other_overdue_correction.total=2");
    assertThat(figures("申请人逾期未补正1件。")).isEmpty();
    assertThat(figures2021("本年度未收取任何费用。")).isEmpty();
  }

  /** 部分予以公开 is partly granted, not granted: the 予以公开 inside it names no second outcome. */
  @Test
  void partlyGrantedWithItsVerbIsPartlyGranted() {
    assertThat(figures("其中:予以公开或已主动公开的数量为54件,部分予以公开的数量为41件,不予公开的数量为11件。"))
        .containsExactlyInAnyOrder("granted.total=54", "partially_granted.total=41");
  }

  /**
   * 共办理回复依申请公开件6件: applications handled and answered in all, （七）总计; 办理 alone may count those still
   * open, and those being handled are none.
   */
  @Test
  void applicationsHandledAndAnsweredAreTheTotal() {
    assertThat(figures("全年共办理回复依申请公开件6件(含上年结转3件),均按时答复。"))
        .containsExactlyInAnyOrder("total.total=6", "carried_over.total=3");
    assertThat(figures("目前正在办理政府信息公开申请2件。")).isEmpty();
  }

  /** 已按申请内容提供给当事人1件: the information given to the applicant, granted; 无法提供 is not. */
  @Test
  void informationGivenToTheApplicantIsGranted() {
    assertThat(figures("2020年收到政府信息公开申请3件,已按申请内容提供给当事人1件,无法提供给申请人2件。"))
        .containsExactlyInAnyOrder("new_received.total=3", "granted.total=1");
  }

  /** 1件不公开并告知行政查询途径: the query-matters row by its gist. */
  @Test
  void toldToQueryInsteadIsTheQueryMattersRow() {
    assertThat(figures("2020年共收到政府信息公开申请5件,对其中3件予以公开,1件不公开并告知行政查询途径。"))
        .containsExactlyInAnyOrder("new_received.total=5", "granted.total=3", "withheld_query_matters.total=1");
  }

  /**
   * The 条例's words for a petition (属于信访、投诉、举报等申请…不作为政府信息公开申请处理11件) name the petition row,
   * though 投诉 and 举报 elsewhere name another matter.
   */
  @Test
  void petitionsNotHandledAsApplicationsInTheActsWords() {
    assertThat(figures("全年共收到政府信息公开申请50件,予以公开16件,属于信访、投诉、举报等申请(含问题咨询事项)不作为政府信息公开申请处理11件。"))
        .containsExactlyInAnyOrder("new_received.total=50", "granted.total=16", "not_processed_petition.total=11");
    assertThat(figures("全年共收到政府信息公开申请5件,收到投诉举报3件。")).containsExactly("new_received.total=5");
  }

  /**
   * After a received count by item (收到依申请公开6条), a breakdown by applicant counted so, the noun after the column
   * (商业企业申请政务公开信息1条), or the verb before it (收到自然人申请政府信息公开申请5条): each column's part, not a second
   * received count.
   */
  @Test
  void aBreakdownByApplicantCountedByItemWithItsNoun() {
    assertThat(figures("2020年,区农业农村委收到依申请公开6条,已按程序办理,其中,商业企业申请政务公开信息1条,咨询本机关清单信息,"
        + "收到自然人申请政府信息公开申请5条,已完成公开。")).containsExactlyInAnyOrder("new_received.total=6",
            "new_received.commercial_enterprise=1", "new_received.natural_person=5");
    assertThat(figures("2020年共收到政府信息公开申请5件,其中个人隐私信息2件。")).containsExactly("new_received.total=5");
  }

  /** 来自自然人的申请数量为166件: the natural-person column's count; 法人或其他组织 spans five columns and is none. */
  @Test
  void applicationsFromOneApplicantColumn() {
    assertThat(figures("2020年我局新收到政府信息公开申请188宗。来自自然人的申请数量为166件,法人或其他组织的申请数量为22件。"))
        .containsExactlyInAnyOrder("new_received.total=188", "new_received.natural_person=166");
  }

  /** 依托政府信息依申请公开平台共收到…申请1件: the disclosure channel before the verb makes a bare 申请 a disclosure one. */
  @Test
  void theRequestChannelNamedBeforeTheVerb() {
    assertThat(figures("全年依托政府信息依申请公开平台共收到并答复公民申请事项1件。"))
        .containsExactlyInAnyOrder("new_received.total=1", "new_received.natural_person=1");
    assertThat(figures("全年共收到并答复公民申请事项1件。")).isEmpty();
  }

  /**
   * None received, though complaint words stand near: the 条例's petition clause in a bracket after it, or complaints
   * listed with the application by a conjunction (…申请及相关投诉、举报, …申请或投诉, 投诉举报及…申请); not a review an
   * application caused, nor an application about complaints.
   */
  @Test
  void noneReceivedWithComplaintWordsNear() {
    assertThat(figures("2020年,我局未收到政府信息公开申请(信访、投诉、举报等申请不作为政府信息公开申请处理)。"))
        .containsExactly("new_received.total=0");
    assertThat(figures("2020年未收到政府信息公开申请及相关投诉、举报。")).containsExactly("new_received.total=0");
    assertThat(figures("2020年度未收到公民、法人或其他组织的政府信息公开申请或投诉。")).containsExactly("new_received.total=0");
    assertThat(figures("2020年未收到投诉举报及政府信息公开申请。")).containsExactly("new_received.total=0");
    assertThat(figures("2020年未收到行政复议、行政诉讼和政府信息公开申请。")).containsExactly("new_received.total=0");
    assertThat(figures("2020年未收到因政府信息公开申请引起的行政复议和投诉。")).isEmpty();
    assertThat(figures("2020年未收到涉及投诉举报的政府信息公开申请。")).isEmpty();
  }

  /** The application named as a thing (申请件) before the other matters listed with it: none received still. */
  @Test
  void noneReceivedOfApplicationItemsListedWithOtherMatters() {
    assertThat(figures("2020年,我乡无受理政府信息公开申请件及政府信息公开投诉、行政复议及行政诉讼。"))
        .containsExactly("new_received.total=0");
  }

  /** No applying for information and no handling of it (未发生依申请和处理政府信息): none received. */
  @Test
  void noApplyingAndHandlingIsNoneReceived() {
    assertThat(figures("全年未发生依申请和处理政府信息,未发生应主动公开政府信息而未予公开现象。"))
        .containsExactly("new_received.total=0");
  }

  /**
   * 上年转结 is 上年结转 misprinted: the report's own carried over, not a figure of last year that would leave the clauses
   * after it out of the report's year.
   */
  @Test
  void lastYearsCarryMisprintedIsTheCarriedOver() {
    assertThat(figures("2020年,我县收到政府信息依申请公开9件,上年转结1件,已按程序按时办理。"))
        .containsExactlyInAnyOrder("new_received.total=9", "carried_over.total=1");
  }

  /** The way applications could come in, named after the applicants (通过任何形式提出的), is no part of what was not received. */
  @Test
  void theWayNamedAfterTheApplicantsIsNoPartOfWhatWasNotReceived() {
    assertThat(figures("年内,我镇未收到公民、法人或其他组织通过任何形式提出的政府信息公开申请。")).containsExactly("new_received.total=0");
  }

  /** The ways listed at length after the applicants (通过网站、传真、信函等形式的) are no part of what was not received either. */
  @Test
  void aLongListOfWaysAfterTheApplicantsIsNoPartOfWhatWasNotReceived() {
    assertThat(figures("本年度未收到公民、法人或其他组织通过门户网站、电子邮件、传真、信函等形式的政府信息公开申请。"))
        .containsExactly("new_received.total=0");
  }

  /**
   * A count with a bracket saying what it holds (答复申请34件(含上年度转结)) is the whole's: not the carried-over row,
   * which the bracket names without a count.
   */
  @Test
  void aCountHoldingTheCarriedOverIsNotTheCarriedOverCount() {
    assertThat(figures("2020年,本镇共收到政府信息公开申请30件;答复政府信息公开申请34件(含上年度转结),均在法定期限内予以答复。"))
        .containsExactly("new_received.total=30");
    assertThat(figures("2020年,共收到政府信息公开申请52件(含上年度结转4件),均已按时答复。")).contains("carried_over.total=4");
  }

  /**
   * An applicant's count after the received and the carried-over counts (收到申请19件,上年结转1件,其中自然人提交申请20件)
   * counts both together: no cell of the received row. Right after the received count alone it is that row's.
   */
  @Test
  void anApplicantsCountAfterTheCarriedOverCountsBoth() {
    assertThat(figures("2020年度本机关共计收到政府信息公开申请19件,上年结转1件,其中自然人提交申请20件。"))
        .containsExactlyInAnyOrder("new_received.total=19", "carried_over.total=1");
    assertThat(figures("2020年度本机关共计收到政府信息公开申请19件,其中自然人提交申请19件。"))
        .containsExactlyInAnyOrder("new_received.total=19", "new_received.natural_person=19");
  }

  /**
   * A breakdown by applicant in a sentence of its own whose parts add up to the new and carried over together, a count
   * the sentence before printed (新收63件,上一年度结转1件,共计64件。…公民个人提出申请62件;法人或其他组织提出申请2件), is that
   * count's: no cell of the received row, and a doubt saying why. Parts adding up to the received count are its own.
   */
  @Test
  void anApplicantBreakdownAddingUpToAnotherCountIsNotTheReceivedOnes() {
    String paragraph = "2025年新收63件,上一年度结转1件,共计64件。其中,通过信函提交申请的6件,占比9.38%;当面提交申请的7件,"
        + "占比10.94%;通过局官方网站提交申请的51件,占比79.68%。公民个人提出申请62件,占比96.88%;法人或其他组织提出申请2件,"
        + "占比3.12%。";
    assertThat(statedIn2025(paragraph).stream().flatMap(s -> s.figures().stream()).map(f -> f.cell() + "=" + f.value()))
        .contains("new_received.total=63").doesNotContain("new_received.natural_person=62");
    assertThat(statedIn2025(paragraph)).anyMatch(s -> s.doubt() != null && s.doubt().contains("64"));
    assertThat(statedIn2025(paragraph.replace("公民个人提出申请62件", "公民个人提出申请61件")).stream()
        .flatMap(s -> s.figures().stream()).map(f -> f.cell() + "=" + f.value()))
        .contains("new_received.total=63", "new_received.natural_person=61");
  }

  private static List<Statement> statedIn2025(String paragraph) {
    return ProseReader.read(Topic.APPLICATIONS, Cell.Text.fold(paragraph), true, 2025, Template.T2021);
  }

  /**
   * 本年度收到2件…征询单: a count received that names another thing after it (a consultation form) is no received
   * count of applications, where 本年新收421件 leaves the noun unsaid.
   */
  @Test
  void aCountOfAnotherThingReceivedIsNoApplicationCount() {
    assertThat(figures("2020年,本镇共受理政府信息公开申请58件。本年度收到2件区政府的信息公开征询单,已在征询单所规定的期限内进行了回复。"))
        .containsExactly("new_received.total=58");
    assertThat(figures("上年结转政府信息公开申请7件,本年新收421件。")).contains("new_received.total=421");
  }

  /**
   * The departments' figures set against the government's (政府新收…2件;部门新收…4件) in the government's report are
   * not its own.
   */
  @Test
  void theDepartmentsFiguresAreNotTheGovernments() {
    assertThat(figures("2020年政府新收依申请公开数量为2件,办理结果为予以公开2件;部门新收依申请公开数量为4件,办理结果为予以公开1件,无法提供2件,不予处理1件。"))
        .containsExactlyInAnyOrder("new_received.total=2", "granted.total=2");
  }
  /**
   * An enumeration giving each row's count in brackets after its label ({@code 3.补正后申请内容仍不明确（1453件）}), a
   * quoted label's too, and the received row by the template's word and the bare noun (本年新收申请数（27512件）): each
   * is that row's count, the bracket showing it the label's, where a label and a count alone may be a table's row
   * printing one cell.
   */
  @Test
  void countsBracketedAfterTheirLabelsAreThoseRows() {
    assertThat(figures("3.补正后申请内容仍不明确（1453件）")).containsExactly("unavailable_unclear.total=1453");
    assertThat(figures("5.要求行政机关确认或重新出具已获取信息（7件）")).containsExactly("not_processed_confirm.total=7");
    assertThat(figures("不予公开（6539件）：1、属于国家秘密（9件）、2、危及“三安全一稳定”（0件）、3、保护第三方合法权益（1929件）"))
        .containsExactlyInAnyOrder("withheld_state_secret.total=9", "withheld_safety_stability.total=0",
            "withheld_third_party.total=1929");
    assertThat(figures("一、本年新收申请数（27512件），其中自然人（10194件）、商业企业（4288件）"))
        .contains("new_received.total=27512", "new_received.natural_person=10194", "new_received.commercial_enterprise=4288");
    // without brackets, a lone label and count is still a table's row printing one cell
    assertThat(figures("3.补正后申请内容仍不明确          1453件")).isEmpty();
  }
  /**
   * The 2021 template's 其他处理 is a group of three rows: its count with a bracket breaking it down
   * (其他处理57件（申请人无正当理由逾期不补正6件、…）) gives each row named its count, as 不予公开 does; the group's own
   * count fixes none of them unless 0.
   */
  @Test
  void theOtherHandlingGroupBrokenDownGivesEachRowItsCount() {
    assertThat(figures2021("其他处理57件（申请人无正当理由逾期不补正6件、申请人逾期未按收费通知要求缴纳费用12件），结转下年度继续办理2件。"))
        .containsExactlyInAnyOrder("other_overdue_correction.total=6", "other_overdue_fee.total=12", "carried_forward.total=2");
    assertThat(figures2021("其他处理4件。")).isEmpty();
  }
  /**
   * 其他 alone in a breakdown of the 2021 template's 其他处理 (its count, then a bracket or a colon listing the group's
   * rows) is the group's row 3.其他; where the breakdown is by applicant, or no breakdown opens, 其他 is no row.
   */
  @Test
  void otherAloneInTheOtherHandlingBreakdownIsItsThirdRow() {
    assertThat(figures2021("其他处理57件（申请人无正当理由逾期不补正6件、申请人逾期未按收费通知要求缴纳费用12件、其他39件）。"))
        .containsExactlyInAnyOrder("other_overdue_correction.total=6", "other_overdue_fee.total=12", "other_other.total=39");
    assertThat(figures2021("（六）其他处理（45件）：1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请（40件）、"
        + "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请（3件）、3.其他（2件）"))
        .containsExactlyInAnyOrder("other_overdue_correction.total=40", "other_overdue_fee.total=3", "other_other.total=2");
    assertThat(figures2021("其他处理5件（自然人3件、其他2件）。")).noneMatch(f -> f.startsWith("other_other"));
    assertThat(figures2021("其他处理5件，其他2件。")).noneMatch(f -> f.startsWith("other_other"));
  }

  /** 无上年转结 (转结 for 结转, as 转结下一年度 is read) is none carried over, not none received. */
  @Test
  void noneCarriedOverMisprintedIsNoneCarriedOver() {
    assertThat(figures("2020年共收到3件依申请公开,均按期答复。无上年转结依申请公开。"))
        .containsExactlyInAnyOrder("new_received.total=3", "carried_over.total=0");
  }

  /**
   * Received and concluded in one verb before the count (共收到并按时办结16件政府信息公开申请; the noun first:
   * 依申请公开受理和办结6件): the received count only,
   * as for received and answered (收到并答复): （七）总计 also counts the applications carried over, which the sentence
   * does not state (issue #18).
   */
  @Test
  void receivedAndConcludedIsTheReceivedCountOnly() {
    assertThat(figures("全年共收到并按时办结16件政府信息公开申请,保障了社会公众的知情权。")).containsExactly("new_received.total=16");
    assertThat(figures("全年共收到并办结政府信息公开申请5件。")).containsExactly("new_received.total=5");
    assertThat(figures("全年依托政府信息依申请公开平台共收到并答复公民申请事项1件。")).noneMatch(f -> f.startsWith("total."));
    assertThat(figures("2020年度,区公安分局依申请公开受理和办结6件。")).containsExactly("new_received.total=6");
  }

  /**
   * A cited law's title between a count and the outcome it precedes (3件均属于《条例》所指本机关不掌握) is one word of the
   * gap, however long the title: the count is that outcome's.
   */
  @Test
  void aCitedTitleIsOneWordOfTheGap() {
    assertThat(figures("2020年,我局收到政府信息公开申请4件。其中3件已按照相关要求进行书面回复,1件结转下年度继续办理,"
        + "已办理的3件均属于《条例》所指本机关不掌握相关政府信息,无法提供。"))
        .contains("unavailable_not_held.total=3");
  }

  /**
   * A received count, none carried over, all answered: the received count is every application, all answered, so
   * （七）总计 (issue #18 leaves a count only received or handled without it).
   */
  @Test
  void receivedNoneCarriedOverAllAnsweredIsTheTotal() {
    assertThat(figures("本年度我局受理依申请公开政府信息19条,无上年度结转,均按规定在法定期限内予以答复。"))
        .containsExactlyInAnyOrder("new_received.total=19", "carried_over.total=0", "total.total=19");
    assertThat(figures("本年度我局受理依申请公开政府信息19条,均按规定在法定期限内予以答复。")).doesNotContain("total.total=19");
  }

  /**
   * 累计 after a sentence tallying the report's year with it (2025年累计收到…) tallies that year too, and answering in
   * all (累计回复公开申请38件, as 共回复) is （七）总计; 累计 without such a sentence before stays out of scope.
   */
  @Test
  void aTallyAfterTheYearsTallyIsTheYears() {
    assertThat(ProseReader.read(Topic.APPLICATIONS, Cell.Text.fold("2025年累计收到公民、法人依申请公开申请35件,其中网络收件23件、"
        + "邮寄收件10件、来访2件。累计回复公开申请38件,其中含上年结转公开申请3件,全部在法定日期内做出回复。"), true, 2025, Template.T2021)
        .stream().flatMap(s -> s.figures().stream()).map(f -> f.cell() + "=" + f.value()).toList())
        .containsExactlyInAnyOrder("new_received.total=35", "carried_over.total=3", "total.total=38");
    assertThat(ProseReader.read(Topic.APPLICATIONS, Cell.Text.fold("全年收到申请35件。累计回复公开申请380件,其中含上年结转公开申请30件。"),
        true, 2025, Template.T2021).stream().flatMap(s -> s.figures().stream()).map(f -> f.cell() + "=" + f.value()).toList())
        .doesNotContain("total.total=380", "carried_over.total=30");
  }

  /** A clause opening on answering applications (答复政府信息公开申请42件) counts them all answered: （七）总计. */
  @Test
  void aClauseOpeningOnAnsweringCountsTheTotal() {
    assertThat(figures("2020年收到政府信息公开申请75件,答复政府信息依申请公开信件72件,结转下年度继续办理3件。"))
        .contains("total.total=72");
    assertThat(figures("2020年收到申请45件。答复政府信息公开申请42件,均在法定期限内予以答复。")).contains("total.total=42");
  }

  /**
   * A row's label printed with the template's gloss in brackets (部分公开（区分处理的，只计这一情形，不计其他情形）): the
   * gloss's commas part its words, not clauses, so the count after it is the row's.
   */
  @Test
  void aLabelsGlossInBracketsIsNoClauseOfItsOwn() {
    assertThat(figures("本年度办理结果中，予以公开5件，部分公开（区分处理的，只计这一情形，不计其他情形）2件。"))
        .contains("granted.total=5", "partially_granted.total=2");
  }

  /**
   * A column of the table written as a sentence after its applicant's name (自然人：一、本年新收…12件，…，（七）总计12件):
   * each clause a row's label as the table prints it and the column's count, 其他 and 总计 the rows （六）3.其他 and
   * （七）总计; the total column's sentence (总计（全部申请人）：…) gives the total column. A clause of other words is no such
   * column.
   */
  @Test
  void aColumnWrittenAsASentenceGivesEachRowsCount() {
    assertThat(figures2021("自然人：一、本年新收政府信息公开申请数量12件，（一）予以公开6件，（二）部分公开（区分处理的，只计这一情形，不计其他情形）1件，"
        + "（六）其他处理3.其他1件，（七）总计12件，四、结转下年度继续办理0件。"))
        .contains("new_received.natural_person=12", "partially_granted.natural_person=1", "other_other.natural_person=1",
            "total.natural_person=12", "carried_forward.natural_person=0")
        .noneMatch(f -> f.endsWith(".total=12"));
    assertThat(figures2021("总计（全部申请人）：一、本年新收政府信息公开申请数量32件，（一）予以公开5件，（六）其他处理3.其他3件，（七）总计32件。"))
        .contains("new_received.total=32", "granted.total=5", "other_other.total=3", "total.total=32");
    assertThat(figures2021("总计：本年新收申请12件，予以公开5件，其中自然人3件。")).doesNotContain("total.total=12");
  }
}
