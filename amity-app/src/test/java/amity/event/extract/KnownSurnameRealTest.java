package amity.event.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A known person's one-word name inside a longer name the recogniser reads, on real pages of the
 * unlabelled and tune pools: another given name makes another person, the known one's own given
 * name (however spelt) keeps them.
 */
class KnownSurnameRealTest {
  @BeforeAll
  static void data() {
    RealPages.assumeData();
  }

  @Test
  void aKnownNameInsideTheLastPartOfADottedTransliterationIsNoOneInChinese() {
    // CLUENER: "诺贝尔经济学奖得主迈伦·斯科尔斯日前在北京大学发表演讲" (Nobel laureate Myron Scholes
    // spoke at Peking University): "科尔" (Kohl) inside "斯科尔斯" is a piece of Scholes's name, and
    // once read as Kohl it made a German chancellor's visit to Beijing.
    var s = RealPages.cluener("迈伦·斯科尔斯日前在北京大学发表演讲").sentence("斯科尔斯");
    assertThat(s.mentions()).extracting(m -> m.entityId()).doesNotContain("person:de/helmut-kohl");
    assertThat(s.readings()).flatExtracting(r -> RealPages.actors(r.actors())).noneMatch(a -> a.contains("DE"));
  }

  @Test
  void thePresidentsWifeIsNotThePresident() {
    var s = RealPages.page("en-train-457.txt").sentence("Naina Yeltsin, wife of the Russian president");
    assertThat(s.mention("Naina Yeltsin").entityId()).isNotEqualTo("person:ru/boris-yeltsin");
  }

  @Test
  void aRacehorseTrainerIsNotTheBritishDeputyPrimeMinister() {
    var s = RealPages.page("en-train-032.txt").sentence("Sir Mark Prescott landed his first group one victory");
    assertThat(s.mention("Mark Prescott").entityId()).isNotEqualTo("person:gb/john-prescott");
  }

  @Test
  void aBarristerIsNotThePrimeMinisterInSpanishEither() {
    var s = RealPages.page("es-train-043.txt").sentence("Cherie Blair había defendido en el caso");
    assertThat(s.mention("Cherie Blair").entityId()).isNotEqualTo("person:gb/tony-blair");
  }

  @Test
  void theKnownPersonsOwnGivenNameSpeltWithAHyphenKeepsHim() {
    // The KB writes "Abdul Karim al-Kabariti"; the page "Abdul-Karim al-Kabariti".
    var s = RealPages.page("en-train-386.txt").sentence("Prime Minister Abdul-Karim al-Kabariti says government");
    assertThat(s.mentions()).anySatisfy(m -> assertThat(m.entityId()).isEqualTo("person:jo/abdul-karim-kabariti"));
  }
}
