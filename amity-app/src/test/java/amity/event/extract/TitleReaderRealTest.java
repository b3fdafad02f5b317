package amity.event.extract;

import static org.assertj.core.api.Assertions.assertThat;

import amity.lang.LanguagePacks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link TitleReader} on real sentences of the tune half: what the words beside a name say of its bearer. */
class TitleReaderRealTest {
  private static final TitleReader TITLES = new TitleReader(RealPages.gazetteer());

  @BeforeAll
  static void data() {
    RealPages.assumeData();
  }

  private static ActorWords words(RealPages.RealSentence s) {
    return ActorWords.of(LanguagePacks.bundled(), s.story().story().lang());
  }

  private static TitleReader.Descriptor before(RealPages.RealSentence s, String name) {
    return TITLES.descriptor(s.story().story().story().text(), s.mention(name).mention().span().start(), words(s));
  }

  private static TitleReader.Descriptor apposition(RealPages.RealSentence s, String name) {
    return TITLES.apposition(s.story().story().story().text(), s.mention(name).mention().span(), words(s), s.view().lexicon());
  }

  @Test
  void aRussianPeacemakerBeforeTheNameIsARussianOfficial() {
    var s = RealPages.page("en-testa-046.txt").sentence("Russian peacemaker Alexander Lebed said he and rebel military leader");
    assertThat(before(s, "Alexander Lebed")).isEqualTo(new TitleReader.Descriptor(true, false, false, "RU"));
    assertThat(before(s, "Aslan Maskhadov").insurgent()).isTrue();
  }

  @Test
  void theUsSpecialEnvoyToBurundiBeforeTheCommaIsWolpesTitleAndAmerican() {
    // The preposition inside the title goes on with it; Burundi is where the post is, not whose.
    var s = RealPages.page("en-testa-211.txt").sentence("held talks with the U.S. special envoy to Burundi, Howard Wolpe");
    assertThat(before(s, "Howard Wolpe")).isEqualTo(new TitleReader.Descriptor(true, false, false, "US"));
  }

  @Test
  void aCapitalBeforeAWordOfOfficeStandsForItsState() {
    // "top Bonn diplomat Wolfgang Ischinger": the seat of government names his country as
    // "Washington's envoy" does.
    var s = RealPages.page("en-train-108.txt").sentence("top Bonn diplomat Wolfgang Ischinger had been assured");
    assertThat(before(s, "Wolfgang Ischinger")).isEqualTo(new TitleReader.Descriptor(true, false, false, "DE"));
  }

  @Test
  void aLawyerAndFormerSenatorInAnAppositionHoldsOffice() {
    var s = RealPages.page("en-train-894.txt").sentence("Fowler, a lawyer and former senator, arrived late on Wednesday");
    TitleReader.Descriptor d = apposition(s, "Fowler");
    assertThat(d.political()).isTrue();
    assertThat(d.other()).isFalse();
  }

  @Test
  void aCountryARelativeClauseNamesIsWhereFoxGoesNotWhoseHeIs() {
    // "said Fox, who is due to leave for Nepal on Friday": Nepal is where he goes.
    var s = RealPages.page("en-train-110.txt").sentence("who is due to leave for Nepal on Friday");
    assertThat(apposition(s, "Fox").country()).isNull();
  }

  @Test
  void shortFormsInBracketsAreBlankedWithTheirLengthKept() {
    assertThat(TitleReader.unbracketed("del Fondo Monetario Internacional (FMI), ")).isEqualTo("del Fondo Monetario Internacional      , ");
  }
}
