package amity.event.extract;

import static org.assertj.core.api.Assertions.assertThat;

import amity.lang.LanguagePacks;
import amity.model.LinkedMention;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link PersonReader} on real sentences of the tune half: what one mention says of a person. */
class PersonReaderRealTest {
  private static final PersonReader PERSONS = new PersonReader(new TitleReader(RealPages.gazetteer()),
      new Delegations(RealPages.gazetteer()), new BodyOfficials(RealPages.gazetteer()));

  @BeforeAll
  static void data() {
    RealPages.assumeData();
  }

  private static PersonReader.Person person(RealPages.RealSentence s, String name) {
    LinkedMention l = s.mention(name);
    String lang = s.story().story().lang();
    return PERSONS.read(l, RealPages.kb().get(l.entityId()).orElse(null), null, s.story().story().story().text(),
        ActorWords.of(LanguagePacks.bundled(), lang), s.view().lexicon());
  }

  @Test
  void aRussianPeacemakerIsARussianOfficialAndTheRebelLeaderARebel() {
    var s = RealPages.page("en-testa-046.txt").sentence("Russian peacemaker Alexander Lebed said he and rebel military leader");
    PersonReader.Person lebed = person(s, "Alexander Lebed");
    assertThat(lebed.political()).isTrue();
    assertThat(lebed.country()).isEqualTo("RU");
    assertThat(lebed.insurgent()).isFalse();
    assertThat(person(s, "Aslan Maskhadov").insurgent()).isTrue();
  }

  @Test
  void aChineseTitleAfterTheNameBeforeInvitingIsThatPersonsInChinese() {
    // "习近平主席邀请穆塔里卡总统来华": the title after the name, before the verb of inviting, stands
    // for the one named before it, as "穆塔里卡总统" does; known or not, he is titled.
    var s = RealPages.page("zh-2020-067.txt").sentence("习近平主席邀请穆塔里卡总统来华");
    LinkedMention title = s.mention("主席");
    assertThat(title.entityId()).isEqualTo(s.mention("习近平").entityId());
    assertThat(person(s, "主席").titled()).isTrue();
    assertThat(s.mention("总统").entityId()).isEqualTo(s.mention("穆塔里卡").entityId());
  }

  @Test
  void aEuropeanCommissionerServesTheUnionAndTakesNoCountryInSpanish() {
    // "el comisario europeo de Competencia, Mario Monti": the title before the comma is the
    // Union's, so the name is of no member state.
    var s = RealPages.page("es-train-442.txt").sentence("donde hoy se entrevistó con el comisario europeo de Competencia");
    PersonReader.Person monti = person(s, "Mario Monti");
    assertThat(monti.serving()).isTrue();
    assertThat(monti.country()).isNull();
  }

  /** {@return what the mention of {@code name} says of the person, read as though the knowledge base did not know them} */
  private static PersonReader.Person unknown(RealPages.RealSentence s, String name) {
    LinkedMention l = s.mention(name);
    String lang = s.story().story().lang();
    return PERSONS.read(l, null, null, s.story().story().story().text(), ActorWords.of(LanguagePacks.bundled(), lang), s.view().lexicon());
  }

  @Test
  void aBareNameBeforeAVisitWordWithACountrysShortFormIsAnOfficialInChinese() {
    // A tune page: "在金大中访美期间，…招商引资团也正在美国活动". No title beside the name: the
    // short-form compound "访美" (an official visit's register) makes him an official, known or not.
    var s = RealPages.page("zh-pd-005.txt").sentence("在金大中访美期间");
    assertThat(unknown(s, "金大中").political()).isTrue();
    String text = s.story().story().story().text();
    int end = text.indexOf("金大中访美") + "金大中".length();
    assertThat(PersonReader.visitsByShortForm(text, end, s.view().lexicon())).isTrue();
    // "斯托尔滕贝格在美国西点军校发表演讲时说": being somewhere is no visit word after the name.
    var nato = RealPages.page("zh-2020-010.txt").sentence("斯托尔滕贝格在美国西点军校发表演讲时说");
    String natoText = nato.story().story().story().text();
    int natoEnd = natoText.indexOf("斯托尔滕贝格在美国") + "斯托尔滕贝格".length();
    assertThat(PersonReader.visitsByShortForm(natoText, natoEnd, nato.view().lexicon())).isFalse();
  }

  @Test
  void aTitleWrittenRightAfterABareNameIsTheNamesOfficeInChinese() {
    // A tune page: "江泽民主席去年访美后，…": the title after the name, a time word after it (no verb
    // for the title finder's title standing alone), still makes him an official, known or not.
    var s = RealPages.page("zh-pd-085.txt").sentence("江泽民主席去年访美后");
    assertThat(unknown(s, "江泽民").political()).isTrue();
    ActorWords w = ActorWords.of(LanguagePacks.bundled(), "zh");
    String text = s.story().story().story().text();
    assertThat(PersonReader.officeAfter(text, text.indexOf("江泽民主席") + "江泽民".length(), w)).isTrue();
    // "在金大中访美期间": a visit word, no office, after the name.
    var kim = RealPages.page("zh-pd-005.txt").sentence("在金大中访美期间");
    String kimText = kim.story().story().story().text();
    assertThat(PersonReader.officeAfter(kimText, kimText.indexOf("金大中访美") + "金大中".length(), w)).isFalse();
  }

  @Test
  void aPartyChairmansTitleRunsOverThePartysLowerCaseNameToTheNameUnknownToTheKnowledgeBase() {
    // "meets with chairman of the Russian liberal democratic party Vladimir Zhirinovsky": the
    // party's lower-case words are part of the title before the name, which says he holds office
    // and is Russian; read with no knowledge-base entry, as on a page where he is unknown.
    var s = RealPages.page("en-train-018.txt").sentence("meets with chairman of the Russian liberal democratic party");
    PersonReader.Person z = unknown(s, "Vladimir Zhirinovsky");
    assertThat(z.political()).isTrue();
    assertThat(z.country()).isEqualTo("RU");
  }

  @Test
  void theDirectorOfThePresidentsOfficeIsTheDirectorNotThePresident() {
    // "the director of the president's office denied a report …": "president" stands for Ezer
    // Weizman, and the director's trade is not his. Before, it made him "of another trade", and
    // without the knowledge base he was no official for the whole story.
    var s = RealPages.page("en-train-387.txt").sentence("the director of the president's office denied a report");
    PersonReader.Person president = unknown(s, "president");
    assertThat(president.other()).isFalse();
    assertThat(president.political()).isTrue();
  }

  @Test
  void aLeaderOfAKnownMovementIsARebelThoughTheKnowledgeBaseDoesNotKnowHim() {
    // "U.S. contacts with Massoud Barzani, leader of the Kurdistan Democratic Party (KDP), and
    // Jalal Talabani, leader of the Patriotic Union of Kurdistan (PUK)": the knowledge base knows
    // both parties as movements; their leaders are the other side of Iraq's conflict, read from
    // the apposition with no knowledge-base entry for the people.
    var s = RealPages.page("en-train-194.txt").sentence("direct U.S. contacts with Massoud Barzani");
    for (String name : List.of("Massoud Barzani", "Jalal Talabani")) {
      PersonReader.Person p = unknown(s, name);
      assertThat(p.political()).as(name).isTrue();
      assertThat(p.insurgent()).as(name).isTrue();
    }
  }
}
