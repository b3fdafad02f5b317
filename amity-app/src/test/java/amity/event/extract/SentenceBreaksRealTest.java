package amity.event.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Sentence breaks ({@link amity.text.IcuSegmenter}) on real sentences, as the event steps see them. */
class SentenceBreaksRealTest {
  @BeforeAll
  static void data() {
    RealPages.assumeData();
  }

  @Test
  void aNameWhoseAndTheCorpusWroteAsAFullStopStaysInItsSentenceInSpanish() {
    // "el director de Comercio. Consumo, Víctor Tello": the stop stands for "y" inside the office's
    // name; the signers named after it stay with "firmado".
    var s = RealPages.page("es-train-035.txt").sentence("El convenio fue firmado en Guimaraes");
    assertThat(s.text()).contains("Víctor Tello", "responsables de todos los centros de arbitraje");
  }

  @Test
  void theHostPresidentOpeningTheMinisterialIsReadOnceTheMeetingsNameIsWhole() {
    // "la Cuarta Reunión Ministerial de Telecomunicaciones. Industria de la Información, que mañana
    // inaugurará el presidente de México, Ernesto Zedillo": one sentence, whose opening he attends.
    var s = RealPages.page("es-testa-027.txt").sentence("que mañana inaugurará el presidente de México");
    assertThat(s.text()).startsWith("Lo retos y oportunidades");
    assertThat(s.reading("inaugurará").actors()).extracting(p -> p.mention().mention().text()).containsExactly("Ernesto Zedillo");
  }

  @Test
  void anOfficialsInitialsRunOnIntoHisNameInEnglish() {
    // "Foreign Minister I.K. Gujral was asked at a news conference": ICU broke after "I.K.", leaving
    // the title without its name.
    var s = RealPages.page("en-train-109.txt").sentence("Gujral was asked at a news conference");
    assertThat(s.text()).startsWith("Foreign Minister I.K. Gujral");
    assertThat(s.profile("I.K. Gujral").political()).isTrue();
  }

  @Test
  void theHoursAmRunsOnToWhereTheMeetingIsInEnglish() {
    // "will meet at 11 a.m. (0800 GMT) in Naqoura": the place stays with the meeting.
    var s = RealPages.page("en-testa-198.txt").sentence("will meet at 11 a.m.");
    assertThat(s.text()).contains("in Naqoura");
  }

  @Test
  void aLineCutAfterATitlesAbbreviationRunsOnIntoTheNameInEnglish() {
    // "Lloyd Axworthy said after meeting Hong Kong Gov." / "Chris Patten last month that …": the copy
    // was cut into lines after "Gov."; the governor met stays in the meeting's sentence.
    var s = RealPages.page("en-train-706.txt").sentence("said after meeting Hong Kong Gov.");
    assertThat(s.text()).contains("Chris Patten last month");
    assertThat(s.reading("meeting").actors()).extracting(p -> p.mention().mention().text()).contains("Lloyd Axworthy", "Chris Patten");
  }

  @Test
  void aLineCutAfterAMonthsAbbreviationRunsOnIntoTheDayInEnglish() {
    // Reuters (in no half of the gold): "The policy-making FOMC is to meet on Sept." / "24 to plot
    // interest-rate strategy.": the day stays with its month, in the meeting's sentence.
    var s = RealPages.page("en-testa-063.txt").sentence("is to meet on Sept.");
    assertThat(s.text()).contains("Sept.").contains("24 to plot interest-rate strategy");
  }
}
