package amity.event.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link BodyOfficials} on real sentences of the tune half: officials of international bodies. */
class BodyOfficialsRealTest {
  private static final BodyOfficials OFFICIALS = new BodyOfficials(RealPages.gazetteer());

  @BeforeAll
  static void data() {
    RealPages.assumeData();
  }

  private static boolean serves(RealPages.RealSentence s, String name) {
    return OFFICIALS.serves(s.story().story().story().text(), s.mention(name).mention().span());
  }

  @Test
  void theEnvoyOfTheEuropeanUnionServesIt() {
    // "El emisario especial de la UE para la región, Rino Serri": the body follows the title, which
    // stands for Serri; the words after the body keep it from the name itself.
    var s = RealPages.page("es-train-609.txt").sentence("El emisario especial de la UE para la región");
    assertThat(serves(s, "emisario")).isTrue();
    assertThat(serves(s, "Rino Serri")).isFalse();
  }

  @Test
  void aEuropeanCommissionerServesTheUnionInSpanish() {
    var s = RealPages.page("es-train-442.txt").sentence("donde hoy se entrevistó con el comisario europeo de Competencia");
    assertThat(serves(s, "Mario Monti")).isTrue();
  }

  @Test
  void aUsEnvoyServesNoBody() {
    var s = RealPages.page("en-testa-211.txt").sentence("held talks with the U.S. special envoy to Burundi, Howard Wolpe");
    assertThat(serves(s, "Howard Wolpe")).isFalse();
  }
}
