package amity.event.extract;

import static amity.event.extract.RealPages.actors;
import static org.assertj.core.api.Assertions.assertThat;

import amity.event.extract.RealPages.RealSentence;
import amity.lang.LanguagePacks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link SpecificActors} on real sentences of the tune half: a side named by its person, not its country too. */
class SpecificActorsRealTest {
  private static final SpecificActors SPECIFIC = new SpecificActors();

  @BeforeAll
  static void data() {
    RealPages.assumeData();
  }

  /** The reading of the trigger written {@code surface}, with the actors and cues StoryEventReader gives it. */
  private static Reading told(RealSentence s, String surface) {
    return s.datedReadings(null, null).stream().filter(r -> r.trigger().surface().equals(surface)).findFirst().orElseThrow();
  }

  @Test
  void theMinistersWhoDiscussStandForTheirCountriesNamedAsTheTopic() {
    // "Levy and Kinkel would discuss … German-Israeli relations at their meeting": the two
    // ministers are the sides, not Germany and Israel beside them.
    RealPages.RealPage page = RealPages.page("en-testa-071.txt");
    Reading r = page.split("Levy and Kinkel would discuss").stream()
        .filter(x -> x.form().equals("talks") && x.actors().stream().anyMatch(p -> p.entity().equals("country:DE"))).findFirst().orElseThrow();
    RealSentence s = page.sentence("Levy and Kinkel would discuss");
    Reading narrowed = SPECIFIC.narrowed(r, s.actors());
    assertThat(narrowed.actors()).extracting(Participant::entity).containsExactly("person:il/david-levy", "person:de/klaus-kinkel");
  }

  @Test
  void theStatesPairedInASummitsNameStayBesideAMinisterToldThere() {
    // "durante de la XIII Cumbre Bilateral franco-española": France and Spain hold the summit.
    RealSentence s = RealPages.page("es-train-109.txt").sentence("durante de la XIII Cumbre Bilateral franco-española");
    Reading r = told(s, "Cumbre Bilateral");
    assertThat(SPECIFIC.narrowed(r, s.actors())).isEqualTo(r);
    assertThat(r.actors()).hasSize(3);
  }

  @Test
  void theOfficialsOfAPersonsCountryBesideHimAreHisSideToldAgain() {
    // "Rolf Ekeus left Bahrain for Baghdad on Monday for talks with Iraqi officials", told again as
    // talks "with Iraqi Deputy Prime Minister Tareq Aziz and other officials": Tareq Aziz is Iraq's
    // side; the Iraqi officials with him are not another party.
    RealPages.RealPage page = RealPages.page("en-train-508.txt");
    RealSentence s = page.sentence("Senior United Nations arms official Rolf Ekeus");
    Reading r = page.firstSplit("Senior United Nations arms official Rolf Ekeus", x -> x.form().equals("talks"));
    assertThat(r.actors()).extracting(Participant::entity).anyMatch(e -> e.endsWith("/iq-officials"));
    Reading narrowed = SPECIFIC.narrowed(r, s.actors(), ActorWords.of(LanguagePacks.bundled(), "en"));
    assertThat(narrowed.actors()).extracting(Participant::entity).containsExactly("person:se/rolf-ekeus", "person:iq/tariq-aziz");
  }

  @Test
  void aFleetLedByAPersonStaysBesideHim() {
    // "由加拿大海军太平洋舰队司令巴克海军少将率领的加拿大海军舰艇编队结束对中国…访问": the fleet is the
    // party the page names as visiting; its commander does not make it his side told again.
    RealPages.RealPage page = RealPages.page("zh-pd-007.txt");
    RealSentence s = page.sentence("巴克海军少将率领的加拿大海军舰艇编队");
    Reading r = page.firstSplit("巴克海军少将率领的加拿大海军舰艇编队", x -> x.family().equals("visit"));
    Reading narrowed = SPECIFIC.narrowed(r, s.actors(), ActorWords.of(LanguagePacks.bundled(), "zh"));
    assertThat(narrowed.actors()).hasSameSizeAs(r.actors());
  }

  @Test
  void rebelsNamedByTheBareWordBesideTheirMovementAreTheMovementToldAgain() {
    // "Rebels of the Revolutionary United Front agreed a ceasefire in April": the RUF agreed it.
    String snippet = "Rebels of the Revolutionary United Front agreed a ceasefire";
    RealPages.RealPage page = RealPages.page("en-train-708.txt");
    RealSentence s = page.sentence(snippet);
    Reading r = page.firstSplit(snippet, x -> x.form().equals("agreement_signing"));
    assertThat(r.actors()).extracting(p -> p.mention().mention().text()).contains("Rebels");
    Reading narrowed = SpecificActors.withoutBareRebels(r, s.actors(), ActorWords.of(LanguagePacks.bundled(), "en"));
    assertThat(narrowed.actors()).extracting(p -> p.mention().mention().text()).containsExactly("Revolutionary United Front");
  }

  @Test
  void rebelsNamedWithWhatTheyAreStayWhereTheBareWordGoes() {
    // "a battle with separatist rebels … after Russia and the rebels agreed a truce": the
    // separatist rebels are the party; "the rebels" tells them again.
    String snippet = "continued after Russia and the rebels agreed a truce";
    RealPages.RealPage page = RealPages.page("en-train-081.txt");
    RealSentence s = page.sentence(snippet);
    Reading r = page.firstSplit(snippet, x -> x.form().equals("agreement_signing"));
    Reading without = SpecificActors.withoutBareRebels(r, s.actors(), ActorWords.of(LanguagePacks.bundled(), "en"));
    assertThat(without.actors()).extracting(p -> p.mention().mention().text()).containsExactly("separatist rebels");
  }
}
