package amity.event.extract;

import static amity.event.extract.RealPages.actors;
import static org.assertj.core.api.Assertions.assertThat;

import amity.model.LinkedMention;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link GroupFinder} on real sentences of the tune half: parties named by what they are. */
class GroupFinderRealTest {
  @BeforeAll
  static void data() {
    RealPages.assumeData();
  }

  /** {@return the groups of a sentence as "surface → entity (country)"} */
  private static List<String> groups(RealPages.RealSentence s) {
    return s.mentions().stream().filter(m -> GroupFinder.FINDER.equals(m.mention().finder()))
        .map(GroupFinderRealTest::describe).toList();
  }

  private static String describe(LinkedMention m) {
    String id = m.entityId();
    // A group's id carries the story's id: keep what follows it.
    if (id.startsWith("group:")) id = "group:" + id.substring(id.indexOf('/') + 1);
    return m.mention().text() + " → " + id + " (" + m.mention().country() + ")";
  }

  @Test
  void separatistRebelsAreAPartyOfNoCountry() {
    var s = RealPages.page("en-testa-045.txt").sentence("struck a military deal with separatist rebels last week");
    assertThat(groups(s)).containsExactly("separatist rebels → group:separatist-rebels (null)");
    assertThat(s.profile("separatist rebels").insurgent()).isTrue();
  }

  @Test
  void israeliAndEgyptianOfficialsAreAPartyOfEachCountry() {
    var s = RealPages.page("en-train-754.txt").sentence("Israeli and Egyptian officials");
    assertThat(groups(s)).containsExactly("Israeli and Egyptian officials → group:il-officials (IL)",
        "Israeli and Egyptian officials → group:eg-officials (EG)");
  }

  @Test
  void theNorwegianDelegationIsNorwaysPartyInSpanish() {
    var s = RealPages.page("es-train-052.txt").sentence("delegación noruega");
    assertThat(groups(s)).contains("delegación noruega → group:no-delegacion (NO)");
  }

  @Test
  void theAustrianGovernmentStandsForAustriaInSpanish() {
    var s = RealPages.page("es-train-262.txt").sentence("gobierno austriaco");
    assertThat(groups(s)).containsExactly("gobierno austriaco → country:AT (AT)");
  }

  @Test
  void theEritreanAuthoritiesStandForEritreaInSpanish() {
    var s = RealPages.page("es-train-609.txt").sentence("autoridades eritreas");
    assertThat(groups(s)).containsExactly("autoridades eritreas → country:ER (ER)");
  }

  @Test
  void indonesianOfficialsStandForIndonesiaInVietnamese() {
    var s = RealPages.page("vi-world-news_world_142.txt").sentence("Giới chức Indonesia");
    assertThat(groups(s)).containsExactly("Giới chức Indonesia → country:ID (ID)");
  }

  @Test
  void indonesiasLeaderIsAPartyOfIndonesiaInVietnamese() {
    var s = RealPages.page("vi-world-news_world_124.txt").sentence("lãnh đạo Indonesia");
    assertThat(groups(s)).containsExactly("lãnh đạo Indonesia → group:id-lanh-dao (ID)");
  }

  @Test
  void theCeylonGovernmentIsSriLankaInSpanish() {
    // "ceilanés", EFE's word for Sri Lankan beside "ceilandés".
    var s = RealPages.page("es-train-052.txt").sentence("Un comunicado emitido hoy por el gobierno ceilanés");
    assertThat(groups(s)).contains("gobierno ceilanés → country:LK (LK)");
  }

  @Test
  void anUnnamedJapaneseForeignMinisterIsAJapaneseParty() {
    var s = RealPages.page("en-train-386.txt").sentence("Japanese foreign minister arrives for talks");
    // The knowledge base knows who held the office on the story's date (1996): Yukihiko Ikeda.
    assertThat(groups(s)).isEmpty();
    assertThat(s.mentions()).anyMatch(m -> m.mention().text().equals("Japanese foreign minister")
        && m.entityId().equals("person:jp/yukihiko-ikeda"));
  }

  @Test
  void russianDeputyForeignMinistersAreARussianPartyWithTheWordsOfOfficeBetween() {
    var s = RealPages.page("en-train-108.txt").sentence("Ischinger said he met three Russian deputy foreign ministers");
    assertThat(groups(s)).contains("Russian deputy foreign ministers → group:ru-ministers (RU)");
  }

  @Test
  void yugoslavCounterpartsAreAYugoslavParty() {
    var s = RealPages.page("en-train-188.txt").sentence("for talks with his Yugoslav counterparts");
    assertThat(groups(s)).contains("Yugoslav counterparts → group:rs-counterparts (RS)");
  }

  @Test
  void theMinisterOfAStoryThatNamesHimIsNoGroup() {
    // "the Swiss foreign minister" after a definite article is a description of Cotti, not a party.
    var s = RealPages.page("en-testa-088.txt").sentence("who is also the Swiss foreign minister");
    assertThat(groups(s)).isEmpty();
  }

  @Test
  void factionLeadersWhoAgreedAPeaceDealAreAnInsurgentParty() {
    // "Faction leaders who agreed a new peace deal in the Nigerian capital Abuja on Saturday":
    // Liberia's warring factions, as "factions" and "faction leader" already are.
    var s = RealPages.page("en-train-076.txt").sentence("Faction leaders who agreed a new peace deal");
    assertThat(s.profile("Faction leaders").insurgent()).isTrue();
    assertThat(s.accepted(s.reading("agreed"))).isTrue();
  }

  @Test
  void smallIslandStatesAtASummitAreOnePartyInChinese() {
    var s = RealPages.page("zh-2020-039.txt").sentence("在本周一的气候行动峰会上");
    assertThat(groups(s)).containsExactly("小岛屿国家 → group:many-states/小岛屿国家 (null)");
    assertThat(s.profile("小岛屿国家").international()).isTrue();
  }

  @Test
  void developingCountriesAreNoMentionOfChinaInChinese() {
    // "发展中国家" holds "中国": the phrase is the party, China is not named in it.
    var s = RealPages.page("zh-2020-039.txt").sentence("今天的高级别会议通过了一份政治宣言");
    assertThat(s.surfaces()).doesNotContain("中国").contains("小岛屿发展中国家");
  }

  @Test
  void africanLeadersAreOnePartyWithTheirGroupWordInChinese() {
    var s = RealPages.page("zh-2020-076.txt").sentence("习近平主席同非洲国家领导人");
    assertThat(groups(s)).contains("非洲国家领导人 → group:many-states/非洲国家领导人 (null)");
  }

  @Test
  void aMinisterWhoseTitleReachesIntoAGroupIsStillNamedInChinese() {
    // "安理会成员国科特迪瓦外长塔诺": the group ends before 科特迪瓦; the name after its title is a
    // mention of its own, and a party of the attending.
    var s = RealPages.page("zh-2020-024.txt").sentence("科特迪瓦外长塔诺");
    assertThat(s.mention("塔诺").entityId()).isEqualTo("person:ci/marcel-amon-tanoh");
    assertThat(s.reading("出席").actors()).extracting(p -> p.mention().mention().text()).contains("塔诺", "奥约诺");
  }

  @Test
  void countriesUnqualifiedNameNoOneInVietnamese() {
    // "Đại sứ quán các nước tại Việt Nam": which countries, the text does not say.
    var s = RealPages.page("vi-news-news_travel_127.txt").sentence("Đại sứ quán các nước tại Việt Nam");
    assertThat(groups(s)).isEmpty();
  }

  @Test
  void aseanMemberStatesAreOnePartyInVietnamese() {
    var s = RealPages.page("vi-news-news_education_203.txt").sentence("các tư vấn quốc gia của các nước thành viên ASEAN");
    assertThat(groups(s)).contains("các nước thành viên ASEAN → group:many-states/cac-nuoc-thanh-vien-asean (null)");
  }

  @Test
  void aCommissionWhoseNameEndsInACountryIsAPartyOfThatCountryInVietnamese() {
    // "Ủy ban Chứng khoán và Giao dịch Mỹ": a head word of a state body, a capitalised name (its
    // words' later syllables lower-case, "và" between) and the country last.
    var s = RealPages.page("vi-news-news_business_242.txt").sentence("sẽ sớm tới thăm Việt Nam để gặp");
    assertThat(groups(s)).containsExactly(
        "Ủy ban Chứng khoán và Giao dịch Mỹ → group:us-uy-ban-chung-khoan-va-giao-dich-my (US)");
    assertThat(s.readings()).filteredOn(r -> r.form().equals("visit")).singleElement()
        .satisfies(r -> assertThat(r.actors()).extracting(p -> p.mention().mention().text())
            .containsExactly("Ủy ban Chứng khoán và Giao dịch Mỹ"));
  }

  @Test
  void aHomeBodyWhoseNameEndsInNoCountryIsNoPartyInVietnamese() {
    // "Trung tâm Kiểm soát bệnh tật tỉnh Nghệ An": no head word of a state body, and a province last.
    var s = RealPages.page("vi-news-news_health_138.txt").sentence("do Covax viện trợ");
    assertThat(groups(s)).isEmpty();
    assertThat(s.mention("Covax").entityId()).isEqualTo("org:covax");
  }

  @Test
  void chileanAndUsAuthoritiesAreAPartyOfEachCountryInSpanish() {
    // "la primera reunión entre autoridades chilenas y estadounidenses": the second demonym after
    // "y" names the other side, as the page writes it.
    var s = RealPages.page("es-train-096.txt").sentence("la primera reunión entre autoridades chilenas y estadounidenses");
    assertThat(groups(s)).containsExactly("autoridades chilenas → country:CL (CL)", "estadounidenses → country:US (US)");
    assertThat(s.arguments("reunión").actors()).extracting(Participant::entity).containsExactly("country:CL", "country:US");
    assertThat(s.accepted(s.reading("reunión"))).isTrue();
  }

  @Test
  void aChineseGroupIsOfTheCountryWhoseNameRunsIntoIt() {
    // "出席第74届联合国大会的中国代表团": Chinese has no demonym; the country's name before the noun
    // says whose the delegation is, and is no mention of its own there.
    var s = RealPages.page("zh-2020-051.txt").sentence("出席第74届联合国大会的中国代表团");
    assertThat(groups(s)).contains("中国代表团 → group:cn-代表团 (CN)");
    int at = s.view().sentence().span().start() + s.text().indexOf("中国代表团");
    assertThat(s.mentions()).noneMatch(m -> m.mention().text().equals("中国") && m.mention().span().start() == at);
  }

  @Test
  void aMinistryTheKnowledgeBaseKnowsAsVietnamsIsAnotherStatesWithItsNameAfterIt() {
    // "Bộ Quốc phòng Indonesia cho biết…": the gazetteer knows "Bộ Quốc phòng" as Việt Nam's
    // ministry; with "Indonesia" after it, it is Indonesia's (the en/es demonym rules' Vietnamese
    // counterpart). "Bộ Y tế Campuchia" likewise, on another page.
    var s = RealPages.page("vi-world-news_world_142.txt").sentence("Bộ Quốc phòng Indonesia cho biết");
    assertThat(groups(s)).contains("Bộ Quốc phòng Indonesia → group:id-bo-quoc-phong-indonesia (ID)");
    assertThat(s.surfaces()).doesNotContain("Bộ Quốc phòng");
    var t = RealPages.page("vi-world-news_society_029.txt").sentence("Bộ Y tế Campuchia mới phát hiện");
    assertThat(groups(t)).contains("Bộ Y tế Campuchia → group:kh-bo-y-te-campuchia (KH)");
  }

  @Test
  void anEmbassyIsItsCountrysBodyAndABodysNameStopsAtWhereItIs() {
    // "do Đại sứ quán Anh tổ chức": the embassy is the UK's, a party.
    var t = RealPages.page("vi-news-news_education_112.txt").sentence("do Đại sứ quán Anh tổ chức");
    assertThat(groups(t)).contains("Đại sứ quán Anh → group:gb-dai-su-quan-anh (GB)");
    // "Cơ quan Quản lý Thực phẩm và Dược phẩm tại Mỹ": where a body is ends its name (body_end), and
    // the country after "tại" says where, not whose ("Đại sứ quán Việt Nam tại Mỹ" is Việt Nam's).
    var u = RealPages.page("vi-news-news_science_099.txt").sentence("Cơ quan Quản lý Thực phẩm và Dược phẩm tại Mỹ");
    assertThat(groups(u)).noneMatch(g -> g.contains("tại Mỹ"));
  }

  @Test
  void aBodyOfStatesNamedByWhatItDoesIsAnInternationalBodyInVietnamese() {
    // "Văn phòng liên lạc cứu hộ và thoát hiểm tàu ngầm quốc tế" (ISMERLO): a body head, what it
    // does in lower case, "quốc tế" ending it (body_international); no country's body.
    var s = RealPages.page("vi-world-news_world_237.txt").sentence("Indonesia đã gọi cho Văn phòng");
    assertThat(groups(s)).containsExactly("Văn phòng liên lạc cứu hộ và thoát hiểm tàu ngầm quốc tế → "
        + "group:international/van-phong-lien-lac-cuu-ho-va-thoat-hiem-tau-ngam-quoc-te (null)");
    assertThat(s.profile("Văn phòng liên lạc cứu hộ và thoát hiểm tàu ngầm quốc tế").international()).isTrue();
  }

  @Test
  void aNavysShipsOnAVisitAreAPartyOfTheirCountryInChinese() {
    // People's Daily: "中国海军舰艇编队今天上午驶抵奥克兰港，开始对新西兰为期3天的友好访问" — the ships
    // sent on the visit are its visitor, China's as a delegation is.
    var s = RealPages.page("zh-pd-127.txt").sentence("中国海军舰艇编队今天上午驶抵奥克兰港");
    assertThat(groups(s)).anyMatch(g -> g.startsWith("中国海军舰艇编队 → ") && g.endsWith("(CN)"));
    assertThat(s.reading("友好访问").actors()).extracting(p -> p.mention().mention().text()).containsExactly("中国海军舰艇编队");
  }

  @Test
  void envoysOfACountOfStatesAreAPartyOfManyStatesInChinese() {
    // People's Daily: "朱镕基今天在人民大会堂会见了5国离任驻华大使、11国新任驻华大使和…" — envoys of five and of
    // eleven states, no state named: each a party of many states. "三国领导人" are the three leaders a page
    // has named, no group of its own.
    var s = RealPages.page("zh-pd-123.txt").sentence("5国离任驻华大使");
    assertThat(groups(s)).contains("5国离任驻华大使 → group:many-states/5国离任驻华大使 (null)",
        "11国新任驻华大使 → group:many-states/11国新任驻华大使 (null)");
    var three = RealPages.page("zh-2020-150.txt").sentence("三国领导人");
    assertThat(groups(three)).noneMatch(g -> g.startsWith("三国领导人"));
  }

  @Test
  void memberStatesOfABodyNamedWithZuzhiAreOnePartyInChinese() {
    // People's Daily: "尽管欧佩克组织成员国于3月22日达成减少原油日产量协议" — OPEC's member states, one party of
    // many states: their agreement is an event, where OPEC alone made none.
    var s = RealPages.page("zh-pd-090.txt").sentence("欧佩克组织成员国于3月22日达成");
    assertThat(groups(s)).contains("欧佩克组织成员国 → group:many-states/欧佩克组织成员国 (null)");
  }

  @Test
  void aStatesBodyNamedAfterTheStateIsAPartyUnderItsOwnNameInChinese() {
    // "中国国家发展计划委员会和美国能源部的代表今天在这里签署了…协定" (tune, zh-pd-031): the two bodies, the most
    // specific names the page gives, each of its country.
    var s = RealPages.page("zh-pd-031.txt").sentence("中国国家发展计划委员会和美国能源部的代表");
    assertThat(groups(s)).contains("中国国家发展计划委员会 → group:cn-中国国家发展计划委员会 (CN)", "美国能源部 → group:us-美国能源部 (US)");
    // "俄滨海边疆区政府代表团访问中国时签署了…": a time word between the country and 签署's 署 makes no body.
    var signed = RealPages.page("zh-2019-046.txt").sentence("访问中国时签署了");
    assertThat(groups(signed)).noneMatch(g -> g.startsWith("中国时"));
  }

  @Test
  void theRecognisersBareGovernmentGivesWayToTheGroupItsDemonymMakes() {
    // "conversaciones de paz … con el Gobierno colombiano": the recogniser took "Gobierno" alone as
    // an organisation; with its demonym it is Colombia's government, and the bare name goes.
    var s = RealPages.page("es-testa-048.txt").sentence("con el Gobierno colombiano");
    assertThat(groups(s)).containsExactly("Gobierno colombiano → country:CO (CO)");
    assertThat(s.surfaces()).doesNotContain("Gobierno");
  }

  @Test
  void chinasRepresentativeLeftUnnamedIsAPartyOfChina() {
    // "中国代表在大会发言中及会见非洲发展银行行长卡巴杰时都强调": China's representative meets the bank's president.
    var s = RealPages.page("zh-pd-084.txt").sentence("中国代表在大会发言中");
    assertThat(groups(s)).contains("中国代表 → group:cn-代表 (CN)");
  }

  @Test
  void anOppositionMilitiaIsARebelPartyOfNoCountry() {
    // "The Salang tunnel … was formally reopened to traffic on Thursday under an agreement between
    // the government and an opposition militia": the militia is the other side of the agreement.
    var s = RealPages.page("en-train-877.txt").sentence("under an agreement between the government and an opposition militia");
    assertThat(groups(s)).anyMatch(g -> g.startsWith("militia → "));
    assertThat(s.profile("militia").insurgent()).isTrue();
    assertThat(actors(s.arguments("agreement between").actors())).anyMatch(a -> a.startsWith("militia/"));
  }
}
