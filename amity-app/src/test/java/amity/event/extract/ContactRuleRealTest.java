package amity.event.extract;

import static org.assertj.core.api.Assertions.assertThat;

import amity.lang.LanguagePacks;
import java.util.HashMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link ContactRule} on real sentences of the tune half: which readings are contacts across a border. */
class ContactRuleRealTest {
  private static final ContactRule CONTACTS = new ContactRule(RealPages.kb(), new VisitRule(RealPages.kb(), LanguagePacks.bundled()));
  @BeforeAll
  static void data() {
    RealPages.assumeData();
  }

  @Test
  void countriesNamedBareBesideWordsOfSportAreNationalTeams() {
    var s = RealPages.page("en-train-418.txt").sentence("where they will meet Liberia");
    assertThat(ContactRule.nationalTeams(s.reading("meet"), s.view().lexicon())).isTrue();
    var t = RealPages.page("es-train-785.txt").sentence("el encuentro entre Alemania y Letonia");
    assertThat(ContactRule.nationalTeams(t.reading("encuentro"), t.view().lexicon())).isTrue();
  }

  @Test
  void capitalsSigningAnAccordAreNoTeams() {
    var s = RealPages.page("en-train-717.txt").sentence("Athens and Tirana signed an accord in May");
    assertThat(ContactRule.nationalTeams(s.reading("signed"), s.view().lexicon())).isFalse();
  }

  /** The story's profiles with {@code entity}'s country set, as once the KB knows that person. */
  private static ActorGate.StoryActors known(ActorGate.StoryActors a, String entity, String country) {
    var profiles = new HashMap<>(a.profiles());
    ActorGate.Profile p = a.of(entity);
    profiles.put(entity, new ActorGate.Profile(p.political(), country, p.international(), p.insurgent()));
    return new ActorGate.StoryActors(profiles, a.home(), a.datelined(), a.leaders());
  }

  @Test
  void aStatesEnvoyAndARebelLeaderOfItsCountryAreTwoSides() {
    // Were Maskhadov known to the KB as Russian, his deal with Lebed would still be a contact: the
    // two sides of a conflict, not two officials of one country.
    var s = RealPages.page("en-train-084.txt").sentence("Chechen rebel chief-of-staff Aslan Maskhadov signed a deal");
    Reading r = s.reading("signed");
    assertThat(r.actors().stream().map(p -> p.mention().mention().text())).contains("Alexander Lebed", "Aslan Maskhadov");
    String maskhadov = r.actors().stream().filter(p -> s.actors().of(p.entity()).insurgent()).findFirst().orElseThrow().entity();
    var story = known(s.actors(), maskhadov, "RU");
    assertThat(CONTACTS.accepts(r, story, s.view().lexicon())).isTrue();
    // Lebed and Yeltsin stay one country's officials: no rebel among them.
    var t = RealPages.page("en-train-452.txt").sentence("discuss his Chechen peace proposals with Boris Yeltsin");
    assertThat(CONTACTS.accepts(t.reading("discuss"), t.actors(), t.view().lexicon())).isFalse();
  }
  @Test
  void aPartyOfNoCountryBesideTheHomesOwnIsAHomeAffair() {
    // A Tokyo story: a Japanese party leader's meeting with Hatoyama, "the politician who set off
    // the rebellion", whom the story gives no country, is Japan's own affair.
    var page = RealPages.page("en-train-785.txt");
    String snippet = "promised his resignation in a meeting with the politician";
    var s = page.sentence(snippet);
    Reading r = page.split(snippet).stream().filter(x -> x.trigger().surface().equals("meeting with") && x.actors().size() == 2)
        .findFirst().orElseThrow();
    assertThat(s.actors().home()).isEqualTo("JP");
    assertThat(r.actors().stream().map(p -> s.actors().of(p.entity()).country())).containsExactlyInAnyOrder("JP", null);
    assertThat(CONTACTS.accepts(r, s.actors(), s.view().lexicon())).isFalse();
  }

  @Test
  void aReadingOfNoCountryInAStoryOfTheHomesPeopleIsAHomeAffair() {
    // A page outside the gold: an Asturian party's spokesman and a deputy meeting party members in
    // Navia; no country is named, as wire copy would for a foreign party.
    var s = RealPages.page("es-train-188.txt").sentence("mantener esta tarde en Navia una reunión");
    Reading r = s.reading("reunión");
    assertThat(r.actors().stream().map(p -> s.actors().of(p.entity()).country())).containsOnlyNulls();
    assertThat(CONTACTS.accepts(r, s.actors(), s.view().lexicon())).isFalse();
    // A Delhi story on Sri Lanka names other countries' people: a Norwegian envoy's talks with Sri
    // Lankans the KB gives no country are no home affair.
    var t = RealPages.page("es-train-052.txt").sentence("se desconocen detalles de las conversaciones que Johansen");
    assertThat(t.readings()).anyMatch(x -> CONTACTS.accepts(x, t.actors(), t.view().lexicon()));
  }

  @Test
  void aHomeBodysDecisionIsAHomeAffair() {
    // A page outside the gold: "Los representantes socialistas en el Parlamento regional acordaron
    // en Astorga (León) personarse mañana en … la Consejería de Economía".
    var s = RealPages.page("es-train-340.txt").sentence("Los representantes socialistas en el Parlamento regional acordaron");
    Reading r = s.reading("acordaron");
    assertThat(JointDecision.of(r, s.actors(), s.view().lexicon())).isTrue();
    assertThat(CONTACTS.accepts(r, s.actors(), s.view().lexicon())).isFalse();
  }

  @Test
  void aNameNotOfTheHomesShapeStaysAStranger() {
    // "穆塔里卡" has no country in the KB, but no Chinese official is named so: Xi's invitation to
    // him is across a border though China is the only country the reading names.
    var s = RealPages.page("zh-2020-067.txt").sentence("习近平主席邀请穆塔里卡总统来华");
    Reading r = s.reading("邀请");
    assertThat(r.actors().stream().map(p -> p.mention().mention().text())).containsExactly("习近平", "穆塔里卡");
    assertThat(CONTACTS.accepts(r, s.actors(), s.view().lexicon())).isTrue();
  }
}
