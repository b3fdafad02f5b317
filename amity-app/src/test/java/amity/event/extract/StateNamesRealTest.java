package amity.event.extract;

import static org.assertj.core.api.Assertions.assertThat;

import amity.event.extract.RealPages.RealSentence;
import amity.lang.LanguagePacks;
import amity.model.LinkedMention;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link StateNames} on real sentences of the tune half: a state that acts named by its government as the page writes it. */
class StateNamesRealTest {
  @BeforeAll
  static void data() {
    RealPages.assumeData();
  }

  private static String phrase(RealSentence s, LinkedMention m, String lang) {
    return StateNames.phrase(m, s.view().text(), ActorWords.of(LanguagePacks.bundled(), lang));
  }

  /** The sentence's country mention that starts where {@code words} does. */
  private static LinkedMention at(RealSentence s, String words) {
    int start = s.text().indexOf(words) + s.view().span().start();
    return s.mentions().stream().filter(m -> m.mention().span().start() == start).findFirst().orElseThrow();
  }

  @Test
  void aStateAfterItsGovernmentWordAndOfIsNamedByTheWholePhrase() {
    // "indicó hoy que el Gobierno de Noruega ha decidido aportar unos 225.000 dólares": Norway gives,
    // under the name the page gives it.
    RealSentence s = RealPages.page("es-train-091.txt").sentence("el Gobierno de Noruega ha decidido aportar");
    assertThat(phrase(s, s.mention("Noruega"), "es")).isEqualTo("Gobierno de Noruega");
    // Bosnia, named with no government word, keeps its own name.
    assertThat(phrase(s, at(s, "Bosnia"), "es")).isNull();
  }

  @Test
  void theStatesReadingKeepsItsEntityUnderTheGovernmentsName() {
    RealPages.RealPage page = RealPages.page("es-train-091.txt");
    RealSentence s = page.sentence("el Gobierno de Noruega ha decidido aportar");
    Reading aid = page.firstSplit("el Gobierno de Noruega ha decidido aportar", r -> r.form().equals("aid"));
    Reading named = StateNames.named(aid, s.view().text(), ActorWords.of(LanguagePacks.bundled(), "es"));
    assertThat(named.actors()).extracting(Participant::entity).containsExactly("country:NO", "country:BA");
    assertThat(named.actors()).extracting(p -> p.mention().entityName()).containsExactly("Gobierno de Noruega", "Bosnia & Herzegovina");
  }

  @Test
  void aHanShortFormRunningIntoTheGovernmentWordIsNamedWithIt() {
    // "俄政府27日决定将贴现率提高三倍，同时与国际货币基金组织加紧谈判": the Russian government talks with the IMF.
    RealSentence s = RealPages.page("zh-pd-019.txt").sentence("俄政府27日决定");
    assertThat(phrase(s, at(s, "俄政府"), "zh")).isEqualTo("俄政府");
    // "希望该组织增加对俄短期贷款": Russia with no government word after it.
    assertThat(phrase(s, at(s, "俄短期贷款"), "zh")).isNull();
  }
}
