package amity.event.extract;

import static amity.event.extract.RealPages.actors;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link CounterpartSplitter} on real sentences of the tune half: one event per counterpart where the guide counts them apart. */
class CounterpartSplitterRealTest {
  private static final CounterpartSplitter SPLITTER = new CounterpartSplitter();

  @BeforeAll
  static void data() {
    RealPages.assumeData();
  }

  @Test
  void meetingTwoIsraelisIsTwoMeetings() {
    var s = RealPages.page("en-testa-071.txt").sentence("Ruehe planned to meet his Israeli counterpart Yitzhak Mordechai");
    List<Reading> parts = SPLITTER.split(s.reading("to meet"));
    assertThat(parts).extracting(Reading::part).containsExactly("person:il/yitzhak-mordechai", "person:il/ezer-weizman");
    assertThat(actors(parts.get(0).actors())).containsExactly("Ruehe/SOURCE/DE", "Yitzhak Mordechai/TARGET/IL");
    assertThat(actors(parts.get(1).actors())).containsExactly("Ruehe/SOURCE/DE", "Ezer Weizman/TARGET/IL");
  }

  @Test
  void havingVisitedMexicoAndChileIsOneVisitToEach() {
    var s = RealPages.page("en-train-463.txt").sentence("Hashimoto, who has already visited Mexico and Chile");
    List<Reading> parts = SPLITTER.split(s.reading("visited"));
    assertThat(parts).extracting(Reading::part).containsExactly("country:MX", "country:CL");
    assertThat(parts).extracting(r -> List.copyOf(r.countries())).containsExactly(List.of("JP", "MX"), List.of("JP", "CL"));
  }

  @Test
  void talksWithRepresentativesOfFiveCountriesAreFiveTalksInSpanish() {
    // "su director gerente dialogará con representantes de Tailandia, China, …": the IMF's head
    // (named before as "director gerente del Fondo Monetario Internacional") talks with each apart.
    var s = RealPages.page("es-train-798.txt").sentence("su director gerente dialogará con representantes de Tailandia");
    List<Reading> parts = SPLITTER.split(s.reading("dialogará con"));
    assertThat(parts).extracting(Reading::part)
        .containsExactly("country:TH", "country:CN", "country:KR", "country:ID", "country:IN");
    assertThat(actors(parts.get(1).actors())).containsExactly("director gerente/PARTICIPANT/null", "China/TARGET/CN");
    assertThat(s.profile("director gerente")).isEqualTo(new ActorGate.Profile(true, null, false, false));
    assertThat(s.accepted(parts.get(1))).isTrue();
  }

  @Test
  void aTalkWithOneCounterpartStaysOne() {
    var s = RealPages.page("en-train-890.txt").sentence("began talks with Palestinian President Yasser Arafat");
    Reading r = s.reading("talks");
    assertThat(SPLITTER.split(r)).containsExactly(r);
  }

  @Test
  void rescueShipsSentBySingaporeAndMalaysiaAreTwoGiftsToIndonesiaInVietnamese() {
    var s = RealPages.page("vi-world-news_world_237.txt").sentence("Singapore và Malaysia đã điều các tàu cứu hộ");
    List<Reading> parts = SPLITTER.split(s.reading("tàu cứu hộ"));
    assertThat(parts).extracting(Reading::part).containsExactly("country:SG", "country:MY");
    assertThat(actors(parts.get(0).actors())).containsExactly("Singapore/SOURCE/SG", "Indonesia/TARGET/ID");
    assertThat(actors(parts.get(1).actors())).containsExactly("Malaysia/SOURCE/MY", "Indonesia/TARGET/ID");
  }

  @Test
  void helpOfferedByOneCountryToAnotherStaysOneGiftInVietnamese() {
    var s = RealPages.page("vi-world-news_world_142.txt").sentence("Hàn Quốc cũng đã đề nghị giúp đỡ Indonesia");
    Reading r = s.reading("đề nghị giúp đỡ");
    assertThat(SPLITTER.split(r)).containsExactly(r);
  }

  @Test
  void wangYiMeetingKissingerStaysOneMeetingInChinese() {
    var s = RealPages.page("zh-2019-050.txt").sentence("王毅在纽约会见美国前国务卿基辛格");
    Reading r = s.reading("会见");
    assertThat(SPLITTER.split(r)).containsExactly(r);
  }

  @Test
  void theTalksJohansenHeldWithThreeLeadersAreThreeInSpanish() {
    // After the noun "conversaciones", Johansen held them and those from "con" on are his
    // counterparts, one talk each.
    var s = RealPages.page("es-train-052.txt").sentence("las conversaciones que Johansen mantuvo ayer");
    List<Reading> parts = SPLITTER.split(s.reading("conversaciones"));
    assertThat(parts).hasSize(3);
    assertThat(parts).allSatisfy(p -> assertThat(actors(p.actors())).first().asString().startsWith("Johansen/SOURCE"));
  }
  @Test
  void anEarlierTourOfThreeCountriesIsThreeUndatedVisitsOfTheOneTheStoryToldOf() {
    // "He had earlier visited Japan, South Korea and China": the hosts are kept for the pronoun's
    // visitor, and the tour, told as at another time, joins no visit dated before it.
    var page = RealPages.page("en-train-474.txt");
    List<Reading> tour = page.split("He had earlier visited Japan").stream()
        .filter(r -> r.sources().get(0).sentence().startsWith("He had earlier visited")).toList();
    assertThat(tour).hasSize(3);
    assertThat(tour).allSatisfy(r -> assertThat(r.date()).isNull());
  }

  @Test
  void africanStatesToCoordinateWithAreNoGiverOfAidInChinese() {
    // "…全力驰援…，并愿同非洲国家协调行动，动员联合国、世卫组织等加大援助力度": many states named
    // together give nothing as one; the bodies named stay givers each.
    var s = RealPages.page("zh-2020-024.txt").sentence("中方已经并将继续全力驰援");
    List<Reading> parts = SPLITTER.split(s.reading("驰援"));
    assertThat(parts).isNotEmpty().allSatisfy(r -> assertThat(r.part()).doesNotContain("many-states"));
  }

  @Test
  void aVisitToFiveCountriesListedTwoSentencesOnIsFiveVisitsInSpanish() {
    // "visitará cinco países de Asia …" and, two sentences on, "… representantes de Tailandia,
    // China, Corea del Sur, Indonesia e India": five states counted, five listed, one visit each.
    var page = RealPages.page("es-train-798.txt");
    List<Reading> visits = page.split("visitará cinco países de Asia").stream()
        .filter(r -> r.family().equals("visit") && r.sources().get(0).sentence().contains("visitará cinco países")).toList();
    assertThat(visits).extracting(Reading::part)
        .containsExactly("country:TH", "country:CN", "country:KR", "country:ID", "country:IN");
  }

  @Test
  void aTourWithNoCountAddsNoHost() {
    // "Será la segunda gira de trabajo … tras lo cual visitó Latinoamérica": no count, no host added.
    var page = RealPages.page("es-train-798.txt");
    assertThat(page.split("Será la segunda gira").stream()
        .filter(r -> r.sources().get(0).sentence().startsWith("Será la segunda gira")))
        .allSatisfy(r -> assertThat(r.part()).isEmpty());
    var s = page.sentence("visitará cinco países");
    assertThat(s.view().lexicon().countedStates(s.text())).isEqualTo(5);
    assertThat(page.sentence("Será la segunda gira").view().lexicon().countedStates(page.sentence("Será la segunda gira").text())).isZero();
  }

  @Test
  void callsWithTheLeadersOfSeveralNationsListedNextAreOneCallEachInSpanish() {
    // "… ha celebrado hoy conversaciones telefónicas con los líderes de varias naciones de aquella
    // región …" and next "Estos contactos … han incluido a Siria, Egipto, Arabia Saudí, Israel y
    // Francia": some states, the next sentence lists them, one call each.
    var page = RealPages.page("es-testa-195.txt");
    List<Reading> calls = page.split("conversaciones telefónicas con los líderes").stream()
        .filter(r -> r.form().equals("phone_call")).toList();
    assertThat(calls).extracting(Reading::part)
        .containsExactly("country:SY", "country:EG", "country:SA", "country:IL", "country:FR");
    assertThat(actors(calls.get(0).actors())).containsExactly("EEUU/PARTICIPANT/US", "Siria/TARGET/SY");
  }
}
