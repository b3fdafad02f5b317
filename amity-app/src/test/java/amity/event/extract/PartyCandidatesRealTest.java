package amity.event.extract;

import static org.assertj.core.api.Assertions.assertThat;

import amity.testkit.Analyze;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link PartyCandidates} on real sentences of the tune half: which names can be parties at all. */
class PartyCandidatesRealTest {
  @BeforeAll
  static void data() {
    RealPages.assumeData();
  }

  @Test
  void thePresidentAnAppositionDescribesIsNoPartyButHisCountryIsTheEventsInSpanish() {
    // "recibió hoy al ministro del Interior de Colombia, Hugo de la Calle, enviado especial del
    // presidente de su país, Andrés Pastrana": the description after the name is his.
    var s = RealPages.page("es-testa-048.txt").sentence("recibió hoy al ministro del Interior de Colombia");
    PartyCandidates.Candidates c = PartyCandidates.of(s.view(), s.trigger("recibió"), s.view().mentions(), s.actors(), Analyze.kb());
    assertThat(c.people()).extracting(m -> m.mention().text()).contains("Hugo de la Calle").doesNotContain("Andrés Pastrana");
    assertThat(c.countries()).contains("CO");
  }

  @Test
  void aFirmsOrTheMediasCountryIsNoSidesCountry() {
    // "Speaking only hours after Chinese state media said the time was right to engage in political
    // talks with Taiwan, Foreign Ministry spokesman Shen Guofang …": the media's China is no side.
    // The spokesman, whom the knowledge base knows, brings China in as a speaker's country; left
    // out here, so that only the media's China is in question.
    var s = RealPages.page("en-train-003.txt").sentence("engage in political talks with Taiwan");
    var withoutSpokesman = s.view().mentions().stream().filter(m -> !m.mention().text().contains("Shen Guofang")).toList();
    assertThat(withoutSpokesman).hasSizeLessThan(s.view().mentions().size());
    PartyCandidates.Candidates c = PartyCandidates.of(s.view(), s.triggers().get(0), withoutSpokesman, s.actors(), Analyze.kb());
    assertThat(c.countries()).containsExactly("TW");
    // A page outside the gold: the King and Queen "en La Rioja a visitar las nuevas instalaciones
    // de la multinacional estadounidense Heinz" make no visit to the US.
    var h = RealPages.page("es-train-097.txt").sentence("de la multinacional estadounidense Heinz");
    PartyCandidates.Candidates d = PartyCandidates.of(h.view(), h.trigger("estancia"), h.view().mentions(), h.actors(), Analyze.kb());
    assertThat(d.countries()).doesNotContain("US");
  }

  @Test
  void countriesNamingWhosePrivateBodiesAreAreNoPartiesInSpanish() {
    // A page outside the gold: "las conferencias episcopales de España y Portugal se reúnen".
    var s = RealPages.page("es-testa-045.txt").sentence("las conferencias episcopales de España y Portugal se reúnen");
    PartyCandidates.Candidates c = PartyCandidates.of(s.view(), s.trigger("se reúnen"), s.view().mentions(), s.actors(), Analyze.kb());
    assertThat(c.places()).extracting(m -> m.entityId()).doesNotContain("country:ES", "country:PT");
    assertThat(c.countries()).doesNotContain("ES", "PT");
  }

  @Test
  void aPlaceIsKeptApartFromThePeopleInChinese() {
    var s = RealPages.page("zh-2019-050.txt").sentence("王毅在纽约会见美国前国务卿基辛格");
    PartyCandidates.Candidates c = PartyCandidates.of(s.view(), s.trigger("会见"), s.view().mentions(), s.actors(), Analyze.kb());
    assertThat(c.people()).extracting(m -> m.mention().text()).contains("王毅", "基辛格").doesNotContain("纽约");
    assertThat(c.places()).extracting(m -> m.mention().text()).contains("纽约");
  }

  @Test
  void aProvinceWrittenAsItsGovernmentBeforeTheTriggerCanBeAParty() {
    // "Trung tâm Kiểm soát bệnh tật tỉnh Nghệ An đã tiếp nhận lô vắc-xin … do Covax viện trợ": the
    // province, "tỉnh" before it, is the one that receives; before, a place only.
    var s = RealPages.page("vi-news-news_health_138.txt").sentence("Trung tâm Kiểm soát bệnh tật tỉnh Nghệ An đã tiếp nhận");
    PartyCandidates.Candidates c = PartyCandidates.of(s.view(), s.trigger("viện trợ"), s.view().mentions(), s.actors(), Analyze.kb());
    assertThat(c.people()).extracting(m -> m.mention().text()).contains("Nghệ An");
  }

  @Test
  void statesNamedRightBeforeTheirFirmsAreNoPartiesOfTheFirmsContractsInChinese() {
    // "中美两国有关公司和机构今天下午在人民大会堂举行大型签字仪式，共签订了…合同或协议": the firms of the two
    // countries sign; China and the United States only say whose firms they are.
    var s = RealPages.page("zh-pd-085.txt").sentence("中美两国有关公司和机构");
    assertThat(s.view().mentions()).extracting(m -> m.mention().text()).contains("中", "美");
    PartyCandidates.Candidates c = PartyCandidates.of(s.view(), s.trigger("签字"), s.view().mentions(), s.actors(), Analyze.kb());
    assertThat(c.people()).extracting(m -> m.mention().text()).doesNotContain("中", "美");
    assertThat(c.places()).extracting(m -> m.mention().text()).doesNotContain("中", "美");
    assertThat(c.countries()).doesNotContain("CN", "US");
  }
  @Test
  void aSpokespersonAndTheBodyTheySpeakForAreNoPartiesInChineseAndEnglish() {
    // "●英国副首相和墨西哥外长将访华新华社北京6月25日电外交部发言人唐国强今天在记者招待会上宣布：…": the
    // foreign ministry's spokesman announces the visits and makes none.
    var s = RealPages.page("zh-pd-117.txt").sentence("外交部发言人唐国强");
    assertThat(s.view().mentions()).extracting(m -> m.mention().text()).contains("唐国强");
    PartyCandidates.Candidates c = PartyCandidates.of(s.view(), s.trigger("访华"), s.view().mentions(), s.actors(), Analyze.kb());
    assertThat(c.people()).extracting(m -> m.mention().text()).contains("墨西哥外长").doesNotContain("唐国强", "外交部");
    // "… political talks with Taiwan, Foreign Ministry spokesman Shen Guofang told Reuters": neither
    // the spokesman nor the ministry he speaks for is a side of the talks; his country is still told.
    var e = RealPages.page("en-train-003.txt").sentence("Foreign Ministry spokesman Shen Guofang");
    assertThat(e.view().mentions()).extracting(m -> m.mention().text()).anyMatch(t -> t.contains("Shen Guofang"));
    PartyCandidates.Candidates d = PartyCandidates.of(e.view(), e.triggers().get(0), e.view().mentions(), e.actors(), Analyze.kb());
    assertThat(d.people()).extracting(m -> m.mention().text()).noneMatch(t -> t.contains("Shen Guofang") || t.contains("Ministry"));
    assertThat(d.countries()).contains("CN");
  }

  @Test
  void aSpokespersonWhoIsTheTriggersOnlyNameStaysForTheGateToWeighInSpanish() {
    // "…, añade el documento, que firma la portavoz Selome Tadesse": she alone is named; the reading
    // stays hers (the gate drops it) rather than going to the story's earlier sides.
    var s = RealPages.page("es-train-609.txt").sentence("que firma la portavoz Selome Tadesse");
    // Its scope, as TriggerScope reads it, is the relative clause after "el documento".
    TriggerMatch t = s.trigger("firma");
    var scope = s.view().mentions().stream().filter(m -> m.mention().span().start() > t.span().start()).toList();
    PartyCandidates.Candidates c = PartyCandidates.of(s.view(), t, scope, s.actors(), Analyze.kb());
    assertThat(c.people()).extracting(m -> m.mention().text()).containsExactly("Selome Tadesse");
  }
  @Test
  void theCapitalAnEnvoyIsPostedToIsNoParty() {
    // "Itamar Rabinovich, who as Israel's ambassador to Washington conducted unfruitful negotiations
    // with Syria …": Washington is where he served, not a side of the negotiations.
    var s = RealPages.page("en-train-010.txt").sentence("ambassador to Washington conducted");
    assertThat(s.view().mentions()).extracting(m -> m.mention().text()).contains("Washington");
    PartyCandidates.Candidates c = PartyCandidates.of(s.view(), s.triggers().get(0), s.view().mentions(), s.actors(), Analyze.kb());
    assertThat(c.people()).extracting(m -> m.mention().text()).doesNotContain("Washington");
    assertThat(c.places()).extracting(m -> m.mention().text()).doesNotContain("Washington");
    assertThat(c.places()).extracting(m -> m.mention().text()).contains("Syria");
  }
}
