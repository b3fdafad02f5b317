package amity.event.extract;

import static org.assertj.core.api.Assertions.assertThat;

import amity.event.extract.ArgumentReader.Arguments;
import amity.testkit.Analyze;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link EventPlace} on real sentences of the tune half: where an event happened and where a visit went. */
class EventPlaceRealTest {
  @BeforeAll
  static void data() {
    RealPages.assumeData();
  }

  @Test
  void newYorkAfterTheLocativeWordIsWhereWangYiMetKissingerInChinese() {
    var s = RealPages.page("zh-2019-050.txt").sentence("王毅在纽约会见美国前国务卿基辛格");
    EventPlace.Places placed = EventPlace.places(s.view(), s.trigger("会见"), List.of(s.mention("纽约")), Analyze.kb());
    assertThat(placed.location().entity()).isEqualTo("city:us/new-york");
    assertThat(placed.countryActors()).isEmpty();
  }

  @Test
  void austriaAfterTheDestinationWordIsWhereTheTripGoesAndItsHostInSpanish() {
    var s = RealPages.page("es-train-063.txt").sentence("El anuncio de Michel de viajar a Austria");
    EventPlace.Places placed = EventPlace.places(s.view(), s.trigger("viajar"), List.of(s.mention("Austria")), Analyze.kb());
    assertThat(placed.location().entity()).isEqualTo("country:AT");
    assertThat(placed.countryActors()).extracting(m -> m.mention().text()).containsExactly("Austria");
  }

  @Test
  void arrivingInACountryNamedByItsShortFormAddsThatCountryInChinese() {
    // "丛培武于9月22日抵加": "抵加" is arriving in Canada (加, its short form).
    var s = RealPages.page("zh-2020-113.txt").sentence("丛培武于9月22日抵加");
    Arguments none = new Arguments(List.of(), null, Set.of());
    EventPlace.AtHome home = EventPlace.atHome(s.view(), s.trigger("抵加"), none, s.actors(), null);
    assertThat(home.arguments().countries()).contains("CA");
  }

  @Test
  void aCityServingAsTheHostToTheNegotiationsIsWhereTheyWereHeldNoParty() {
    // "Jakarta served as the host to the series of negotiations which culminated in the initialling
    // of the agreement last Friday": the capital hosts the talks; it does not stand for Indonesia
    // as a side of them, as a capital before its trigger otherwise does.
    var s = RealPages.page("en-testa-189.txt").sentence("Jakarta served as the host to the series of negotiations");
    EventPlace.Places placed = EventPlace.places(s.view(), s.trigger("negotiations"), List.of(s.mention("Jakarta")), Analyze.kb());
    assertThat(placed.location()).isNotNull();
    assertThat(placed.location().name()).isEqualTo("Jakarta");
    assertThat(placed.countryActors()).isEmpty();
    assertThat(s.arguments("negotiations").actors()).isEmpty();
    assertThat(s.arguments("negotiations").location().name()).isEqualTo("Jakarta");
  }

  @Test
  void aPlaceEndingAfterTheTriggerStartsHostsNothing() {
    // A place whose name runs past the start of the trigger leaves no text between them to read.
    var s = RealPages.page("en-testa-189.txt").sentence("Jakarta served as the host to the series of negotiations");
    int end = s.mention("Jakarta").mention().span().end();
    assertThat(EventPlace.hosts(s.view().lexicon(), s.view().text(), end, end - 2)).isFalse();
    assertThat(EventPlace.hosts(s.view().lexicon(), s.view().text(), end, s.trigger("negotiations").span().start())).isTrue();
  }
}
