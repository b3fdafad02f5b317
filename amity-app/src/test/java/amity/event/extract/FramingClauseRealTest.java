package amity.event.extract;

import static amity.event.extract.RealPages.actors;
import static org.assertj.core.api.Assertions.assertThat;

import amity.event.extract.ArgumentReader.Arguments;
import amity.testkit.Analyze;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link FramingClause} on real sentences of the tune half: parties an event takes from the clause around it. */
class FramingClauseRealTest {
  @BeforeAll
  static void data() {
    RealPages.assumeData();
  }

  @Test
  void twoCapitalsSayingATreatyShouldBeSignedAreItsParties() {
    var s = RealPages.page("en-train-829.txt").sentence("Bucharest and Budapest say the treaty should be signed");
    Arguments none = new Arguments(List.of(), null, Set.of());
    Arguments a = FramingClause.speakingParties(s.view(), s.trigger("signed"), s.clause("signed"), none, Analyze.kb());
    assertThat(actors(a.actors())).containsExactly("Bucharest/PARTICIPANT/RO", "Budapest/PARTICIPANT/HU");
    assertThat(a.countries()).containsExactly("RO", "HU");
  }

  @Test
  void aClauseWithNoFrameKeepsItsNamesInChinese() {
    var s = RealPages.page("zh-2019-050.txt").sentence("王毅在纽约会见美国前国务卿基辛格");
    TriggerMatch t = s.trigger("会见");
    TriggerScope.Scope named = TriggerScope.of(s.view(), s.triggers(), t, s.clause("会见"), TriggerScope.usable(s.view()), EventTrace.OFF);
    FramingClause.Framed framed = FramingClause.reframe(s.view(), t, s.clause("会见"), named, List.of(), s.actors());
    assertThat(framed.scope()).isEqualTo(named.names());
    assertThat(framed.thankers()).isEmpty();
  }
}
